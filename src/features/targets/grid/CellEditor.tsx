import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { editorMessageAbove } from './layout.ts';
import styles from './Grid.module.css';

export type EditMove = 'down' | 'up' | 'left' | 'right' | null;

/** What the editor reports; one stable object per grid. */
export interface EditorApi {
  /** Commit the text and move. Returns false when the value was rejected (the editor stays). */
  commit(text: string, move: EditMove): boolean;
  cancel(): void;
  /** Focus left the editor: commit without moving, or drop the edit if the value is invalid. */
  blur(text: string): void;
}

export interface CellEditorProps {
  row: number;
  col: number;
  style: CSSProperties;
  initial: string;
  typed: boolean;
  error: string | undefined;
  /** Accessible name of the input: "<row>, <period>". */
  label: string;
  api: EditorApi;
}

const ARROWS: Record<string, EditMove> = {
  ArrowDown: 'down',
  ArrowUp: 'up',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The in-cell editor: an uncontrolled input (no React render per keystroke). */
export function CellEditor({
  row,
  col,
  style,
  initial,
  typed,
  error,
  label,
  api,
}: CellEditorProps) {
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  const errorId = useId();

  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    if (typed) el.setSelectionRange(el.value.length, el.value.length);
    else el.select();
  }, [typed]);

  useEffect(() => {
    if (error) input.current?.focus({ preventScroll: true });
  }, [error]);

  // Below the cell unless the sticky totals footer would cover it there (the last visible row):
  // then above. Set on the element, before paint, so it never shows in the wrong place.
  const message = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = message.current;
    const grid = el?.closest<HTMLElement>('[role="grid"]');
    const cell = el?.parentElement;
    if (!el || !grid || !cell) return;
    const area = grid.getBoundingClientRect().top + grid.clientTop;
    const above = editorMessageAbove(
      cell.getBoundingClientRect(),
      el.offsetHeight,
      area,
      area + grid.clientHeight,
    );
    el.classList.toggle(styles.editorErrorAbove, above);
  }, [error]);

  const finish = (ok: boolean) => {
    done.current = ok;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    const text = e.currentTarget.value;
    let mv: EditMove | undefined;
    if (e.key === 'Enter') mv = e.shiftKey ? 'up' : 'down';
    else if (e.key === 'Tab') mv = e.shiftKey ? 'left' : 'right';
    else if (typed && ARROWS[e.key] && !e.shiftKey) mv = ARROWS[e.key];
    else if (e.key === 'Escape') {
      e.preventDefault();
      finish(true);
      api.cancel();
      return;
    }
    if (mv === undefined) return;
    e.preventDefault();
    finish(api.commit(text, mv));
  };

  return (
    <div
      role="gridcell"
      className={`${styles.cell} ${styles.editorCell}`}
      style={style}
      aria-colindex={col + 2}
      data-r={row}
      data-c={col}
    >
      <input
        ref={input}
        className={styles.editor}
        defaultValue={initial}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          if (!done.current) api.blur(e.currentTarget.value);
        }}
      />
      {error && (
        <div ref={message} id={errorId} role="alert" className={styles.editorError}>
          {error}
        </div>
      )}
    </div>
  );
}
