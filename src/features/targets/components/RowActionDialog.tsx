import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '../../../ui/Button.tsx';
import { Dialog } from '../../../ui/Dialog.tsx';
import { Field } from '../../../ui/Field.tsx';
import { NumberInput } from '../../../ui/NumberInput.tsx';
import inputStyles from '../../../ui/Input.module.css';
import { sumValues } from '../model/money.ts';
import { foreignCurrency, parseLocaleNumber } from '../model/numberText.ts';
import { notAnAmountText } from '../model/notAnAmountText.ts';
import { parsePercent } from '../model/percentChange.ts';
import type { TargetRow } from '../model/types.ts';
import { moneyFormat } from '../grid/numberFormat.ts';

export type ValueActionKind = 'yearly' | 'distribute' | 'lastYear' | 'copyRow';

export interface RowActionDialogProps {
  kind: ValueActionKind;
  row: TargetRow;
  /** All rows, for "copy from". */
  rows: readonly TargetRow[];
  locale: string;
  /** Returns an error to show, or null when applied (the dialog closes). */
  onApply(kind: ValueActionKind, value: number): string | null;
  onClose(): void;
}

const TEXT: Record<
  ValueActionKind,
  { title: string; label: string; hint: string; submit: string }
> = {
  yearly: {
    title: 'Set yearly amount',
    label: 'Yearly amount',
    hint: 'Split evenly over the periods; any remainder goes one smallest unit at a time to the earliest periods.',
    submit: 'Split evenly',
  },
  distribute: {
    title: 'Distribute a new total',
    label: 'New total',
    hint: 'Spread in proportion to the current values (evenly when they are all zero); the parts add up exactly: any remainder goes one smallest unit at a time to the periods whose shares were cut most, the earliest first on a tie.',
    submit: 'Distribute',
  },
  lastYear: {
    title: 'Copy from last year',
    label: 'Change in %',
    hint: 'Last year’s values for this row, raised (or lowered, with a minus) by this percentage. The row’s total changes by exactly that percentage, rounded to its smallest unit; any remainder is placed as when distributing a new total.',
    submit: 'Copy',
  },
  copyRow: {
    title: 'Copy from another row',
    label: 'Copy values from',
    hint: 'The values of that row replace this row’s values.',
    submit: 'Copy',
  },
};

/** Asks for the one input a row action needs (an amount, a percentage or a source row). */
export function RowActionDialog({
  kind,
  row,
  rows,
  locale,
  onApply,
  onClose,
}: RowActionDialogProps) {
  const t = TEXT[kind];
  const total = sumValues(row.values, row.decimals);
  const shownTotal = moneyFormat(locale, row.decimals)(total);
  // A user's row shows no currency in the grid (its group's row does), and the grid mixes them:
  // the amount fields say what the amount is in, and Set yearly amount what the row has now.
  const inCurrency = row.currency ? ` in ${row.currency}` : '';
  const label = kind === 'yearly' || kind === 'distribute' ? `${t.label}${inCurrency}` : t.label;
  const hint =
    kind === 'yearly'
      ? `${t.hint} The row now totals ${shownTotal}${row.currency ? ` ${row.currency}` : ''}.`
      : t.hint;
  // The total as the grid shows it ("2,655,000", "2.655.000", "26,55,000"): it reads back exactly.
  const initial = kind === 'distribute' ? shownTotal : kind === 'lastYear' ? '0' : '';
  const [text, setText] = useState(initial);
  const [source, setSource] = useState('');
  const [error, setError] = useState<string | null>(null);
  const formId = useId();
  const field = useRef<HTMLInputElement & HTMLSelectElement>(null);
  /** The message goes on the field, and the focus there: from the button it was not heard. */
  const refuse = (message: string) => {
    // Rendered first, so the field is announced with its message.
    flushSync(() => setError(message));
    field.current?.focus();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    let value: number;
    if (kind === 'copyRow') {
      if (source === '') return refuse('Choose the row to copy from.');
      value = Number(source);
    } else {
      // "10%" in the Change in % field is ten per cent, not "not a number".
      const v =
        kind === 'lastYear'
          ? parsePercent(text, locale)
          : kind === 'distribute' && text === initial
            ? total
            : parseLocaleNumber(text, locale, row.currency);
      if (v === undefined || v === null)
        return refuse(
          // An amount in another currency says so; the row's own sign or code is read.
          kind === 'distribute' && text.trim() && foreignCurrency(text, locale, row.currency)
            ? notAnAmountText(text, locale, row.currency)
            : `Enter a number${text.trim() ? `: "${text.trim()}" is not one` : ''}.`,
        );
      value = v;
    }
    const err = onApply(kind, value);
    if (err) refuse(err);
    else onClose();
  };

  return (
    <Dialog
      open
      onOpenChange={(o) => !o && onClose()}
      title={t.title}
      description={row.label}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form={formId}>
            {t.submit}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <Field label={label} description={hint} error={error ?? undefined} required>
          {kind === 'copyRow' ? (
            <select
              ref={field}
              className={inputStyles.input}
              value={source}
              onChange={(e) => setSource(e.target.value)}
              // Enter copies, as it applies the amount in the other row dialogs (a list does not
              // send its form by itself: the planner had to Tab to Copy).
              onKeyDown={(e) => {
                if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }}
            >
              <option value="">Choose a row…</option>
              {rows.map((r, i) =>
                // A row whose figures the user may not see has none to copy (its are zeros).
                r === row || r.hidden?.values ? null : (
                  <option key={r.key} value={i}>
                    {r.currency && r.currency !== row.currency && !r.currencyHidden
                      ? `${r.label} (${r.currency})`
                      : r.label}
                  </option>
                ),
              )}
            </select>
          ) : (
            <NumberInput
              ref={field}
              value={text}
              onChange={(e) => setText(e.target.value)}
              // The field starts with the current total (or 0 %): typing replaces it.
              onFocus={(e) => e.currentTarget.select()}
              autoFocus
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
