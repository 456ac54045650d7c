import { useId, useState } from 'react';
import { Button, cx } from '../../ui/index.ts';
import { isLongText } from './clampText.ts';
import { CommaBreaks } from './CommaBreaks.tsx';
import styles from './EventConsolePage.module.css';

/**
 * Text for a table cell: long text is clamped to two lines with an ellipsis (the full text in
 * its title), and a "Show all" button expands it in place (a scrollable box, keyboard reachable).
 * `breakAfterCommas` (a list of names) wraps only after its commas, so names stay whole.
 */
export function ClampedText({
  text,
  label,
  breakAfterCommas = false,
}: {
  text: string;
  label: string;
  breakAfterCommas?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  // Free text (Attributes) keeps its line breaks and spaces: the history shows what was sent.
  const wrapClass = breakAfterCommas ? styles.wholeWords : styles.asTyped;
  const content = breakAfterCommas ? <CommaBreaks text={text} /> : text;
  if (!isLongText(text)) return <span className={cx(styles.mono, wrapClass)}>{content}</span>;
  return (
    <div className={styles.clampCell}>
      <div
        id={id}
        className={cx(styles.mono, open ? styles.expanded : styles.clamped, wrapClass)}
        title={open ? undefined : text}
        // Expanded text scrolls: keyboard users must be able to reach it.
        tabIndex={open ? 0 : undefined}
        role={open ? 'region' : undefined}
        aria-label={open ? label : undefined}
      >
        {content}
      </div>
      <Button
        size="sm"
        variant="ghost"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Show less' : `Show all (${text.length} characters)`}
      </Button>
    </div>
  );
}
