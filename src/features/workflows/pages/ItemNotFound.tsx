import { Banner, ButtonLink } from '../../../ui/index.ts';

export interface ItemNotFoundProps {
  title?: string;
  message: string;
  back: { to: string; label: string };
}

/** Something the address names does not exist (or cannot be used): say so, offer a way on, no retry. */
export function ItemNotFound({ title = 'Not found', message, back }: ItemNotFoundProps) {
  return (
    <Banner
      tone="warning"
      title={title}
      actions={
        <ButtonLink to={back.to} size="sm">
          {back.label}
        </ButtonLink>
      }
    >
      {message}
    </Banner>
  );
}
