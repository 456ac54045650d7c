import type { ReactNode } from 'react';
import { Banner } from '../../../ui/index.ts';

/** The result of the last save: the server's own answer on success, the reason on failure. */
export function SaveOutcome({ error, saved }: { error: string | null; saved: ReactNode | null }) {
  if (error)
    return (
      <Banner tone="danger" title="Not saved">
        {error}
      </Banner>
    );
  if (saved)
    return (
      <Banner tone="success" title="Saved">
        {saved}
      </Banner>
    );
  return null;
}
