import { useId, useState } from 'react';
import { Button, cx } from '../../ui/index.ts';
import { isLongText } from './clampText.ts';
import styles from './EventConsolePage.module.css';

/**
 * Text for a table cell: long text is clamped to two lines with an ellipsis (the full text in
 * its title), and a "Show all" button expands it in place (a scrollable box, keyboard reachable).
 */
export function ClampedText({ text, label }: { text: string; label: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!isLongText(text)) return <span className={styles.mono}>{text}</span>;
  return (
    <div className={styles.clampCell}>
      <div
        id={id}
        className={cx(styles.mono, open ? styles.expanded : styles.clamped)}
        title={open ? undefined : text}
        // Expanded text scrolls: keyboard users must be able to reach it.
        tabIndex={open ? 0 : undefined}
        role={open ? 'region' : undefined}
        aria-label={open ? label : undefined}
      >
        {text}
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
