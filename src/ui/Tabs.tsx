import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import styles from './Tabs.module.css';

export interface TabItem {
  value: string;
  label: ReactNode;
  content: ReactNode;
}

export interface TabsProps {
  tabs: readonly TabItem[];
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  'aria-label': string;
}

/** WAI-ARIA tabs: one tab stop, arrows/Home/End move and select (automatic activation). */
export function Tabs({ tabs, value, defaultValue, onValueChange, ...aria }: TabsProps) {
  const base = useId();
  const [own, setOwn] = useState(defaultValue ?? tabs[0]?.value ?? '');
  const current = value ?? own;
  const refs = useRef(new Map<string, HTMLButtonElement>());

  const select = (next: string) => {
    setOwn(next);
    onValueChange?.(next);
    refs.current.get(next)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.value === current);
    const last = tabs.length - 1;
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    if (to < 0) return;
    e.preventDefault();
    select(tabs[to].value);
  };

  const active = tabs.find((t) => t.value === current);
  return (
    <div>
      <div role="tablist" {...aria} className={styles.list} onKeyDown={onKeyDown}>
        {tabs.map((t) => {
          const selected = t.value === current;
          return (
            <button
              key={t.value}
              ref={(el) => {
                if (el) refs.current.set(t.value, el);
                else refs.current.delete(t.value);
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${t.value}`}
              aria-selected={selected}
              aria-controls={`${base}-panel-${t.value}`}
              tabIndex={selected ? 0 : -1}
              className={styles.tab}
              onClick={() => select(t.value)}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      {active && (
        <div
          role="tabpanel"
          id={`${base}-panel-${active.value}`}
          aria-labelledby={`${base}-tab-${active.value}`}
          tabIndex={0}
          className={styles.panel}
        >
          {active.content}
        </div>
      )}
    </div>
  );
}
