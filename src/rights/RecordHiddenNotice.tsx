import { Banner } from '../ui/Banner.tsx';
import { asSentence } from './reason.ts';

/** Stands in for a record the server hides (TableRight without Select): says why, shows nothing of it. */
export function RecordHiddenNotice({ reason }: { reason: string }) {
  return (
    <Banner tone="warning" title="This record is hidden from you.">
      {asSentence(reason)} Ask your administrator for access if you need it.
    </Banner>
  );
}
