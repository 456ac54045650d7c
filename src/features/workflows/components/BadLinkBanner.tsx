import { Banner, ButtonLink } from '../../../ui/index.ts';

/** A link that cannot work (a non-numeric id, a new option without its split): say so, offer a way on. */
export function BadLinkBanner({ message }: { message: string }) {
  return (
    <Banner
      tone="warning"
      title="This link does not lead anywhere"
      actions={
        <ButtonLink to="/workflows" size="sm">
          All flows
        </ButtonLink>
      }
    >
      {message}
    </Banner>
  );
}
