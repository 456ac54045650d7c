import { Fragment } from 'react';
import { splitAfterCommas } from './splitAfterCommas.ts';

/** Text that may wrap after its commas (a `<wbr>` there), e.g. a `$select` in a narrow cell. */
export function CommaBreaks({ text }: { text: string }) {
  const parts = splitAfterCommas(text);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && <wbr />}
    </Fragment>
  ));
}
