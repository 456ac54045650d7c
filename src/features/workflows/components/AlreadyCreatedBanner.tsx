import { Banner, Button } from '../../../ui/index.ts';

/**
 * An earlier Save of this new goal or option lost its answer, and the flow now holds one with
 * the same name that was not there before: most likely that Save's. Nothing was sent; the user
 * opens it (their later changes go with them) or creates another one anyway.
 */
export function AlreadyCreatedBanner({
  what,
  name,
  saving,
  onOpen,
  onCreateAnyway,
}: {
  what: 'goal' | 'option';
  /** How the found one is named: “Dup test option”, or the goal's type and groups. */
  name: string;
  saving: boolean;
  onOpen(): void;
  onCreateAnyway(): void;
}) {
  return (
    <Banner
      tone="warning"
      title={`Not saved: this ${what} seems to be saved already`}
      actions={
        <>
          <Button size="sm" variant="primary" onClick={onOpen}>
            Open the saved {what}
          </Button>
          <Button size="sm" onClick={onCreateAnyway} loading={saving}>
            Save as another {what}
          </Button>
        </>
      }
    >
      {`The flow now has ${name}, which was not there before your earlier Save: that Save was most likely stored, though its answer did not arrive. Open the saved ${what} to go on there (changes you made since that Save go with you), or save this one as another ${what}.`}
    </Banner>
  );
}
