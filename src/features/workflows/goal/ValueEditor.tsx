import { useId } from 'react';
import type { RestrictableField } from '../../../api/workflow/schemas.ts';
import { useDateTimeSettings } from '../../../app/locale/useDateTimeSettings.ts';
import { Checkbox, DateInput, Field, joinIds, Select, TextInput } from '../../../ui/index.ts';
import { datePart } from '../logic/datePart.ts';
import { toggledListValues, unlistedValues } from '../logic/listValues.ts';
import { numberValueProblem, takesNumbers } from '../logic/numberValues.ts';
import { operatorInfo } from '../logic/operators.ts';
import { yesNo } from '../logic/yesNo.ts';
import { labelInContext } from './labelInContext.tsx';
import { LocaleNumberInput } from './LocaleNumberInput.tsx';
import styles from './GoalForm.module.css';

export interface ValueEditorProps {
  field: RestrictableField | undefined;
  operator: string;
  values: string[];
  /** The names stored with the values: for list ids the field's list no longer has. */
  displayValues?: readonly string[] | null;
  onChange: (values: string[]) => void;
  disabled: boolean;
  /** Read-only: the id of why, for each control's aria-describedby (useReadOnlyReason). */
  describedBy?: string;
  error?: string;
  /** Which condition this is ("condition 2 of Group 1: …"), said after each label. */
  context: string;
}

/** The value input that fits the field's type and the operator's arity. */
export function ValueEditor({
  field,
  operator,
  values,
  displayValues,
  onChange,
  disabled,
  describedBy,
  error,
  context,
}: ValueEditorProps) {
  const type = field?.Type ?? 'text';
  const arity = operatorInfo(type, operator).arity;
  const errorId = useId();
  const { locale } = useDateTimeSettings();
  if (!field || arity === 'none') return null;
  // The message goes with the first input that is wrong: empty ("To" when only "From" is filled
  // in), or not a number where one is needed.
  const numeric = takesNumbers(type, operator);
  const firstBad = values.findIndex(
    (v) => v.trim() === '' || (numeric && numberValueProblem(operator, [v]) !== null),
  );
  const errorAt = firstBad < 0 ? 0 : firstBad;

  // Ids the list no longer has stay ticked, by their stored names, until the user unticks them.
  const unlisted = type === 'list' ? unlistedValues(values, displayValues, field.ListItems) : [];
  if (type === 'list')
    return (
      <fieldset
        className={styles.listValues}
        disabled={disabled}
        data-save-blocker={error ? '' : undefined}
        aria-describedby={joinIds(describedBy, error ? errorId : undefined)}
        // A refused save focuses the first problem: here, the list itself.
        tabIndex={error ? -1 : undefined}
      >
        {/* "Values, condition 2 of Group 1: …", as the condition's other controls are named; its
            boxes are named by the list's items. */}
        <legend>{labelInContext('Values', context)}</legend>
        {field.ListItems.map((item) => (
          <Checkbox
            key={item.Id}
            label={item.Name}
            checked={values.includes(item.Id)}
            aria-describedby={describedBy}
            onChange={(e) =>
              onChange(toggledListValues(values, field.ListItems, item.Id, e.target.checked))
            }
          />
        ))}
        {unlisted.map((u) => (
          <Checkbox
            key={u.id}
            label={u.label}
            description={
              // A list not read (yet) has no items: nothing says the value left it.
              field.ListItems.length === 0
                ? 'Stored with this condition: this field’s list of values is not available here, so no other value can be chosen. It stays in the condition until you untick it.'
                : 'No longer in this field’s list. It stays in the condition until you untick it.'
            }
            checked
            aria-describedby={describedBy}
            onChange={(e) =>
              onChange(toggledListValues(values, field.ListItems, u.id, e.target.checked))
            }
          />
        ))}
        {error && (
          <p id={errorId} className={styles.valueError}>
            {error}
          </p>
        )}
      </fieldset>
    );

  const yes = yesNo(values[0]);
  if (type === 'bool')
    return (
      <Field label={labelInContext('Value', context)} error={error}>
        <Select
          options={[
            { value: '1', label: 'Yes' },
            { value: '0', label: 'No' },
          ]}
          // "True"/"False" read as stored; anything unreadable shows no choice until one is made.
          value={yes === undefined ? '' : yes ? '1' : '0'}
          onValueChange={(v) => onChange([v])}
          disabled={disabled}
          aria-describedby={describedBy}
        />
      </Field>
    );

  const input = (label: string, i: number) => {
    const set = (v: string) => onChange(values.map((x, j) => (j === i ? v : x)));
    const common = {
      value: values[i] ?? '',
      disabled,
      'aria-describedby': describedBy,
      onChange: (e: { target: { value: string } }) => set(e.target.value),
    };
    const control =
      operator === 'lastXDays' || type === 'number' ? (
        <LocaleNumberInput
          value={common.value}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={set}
          locale={locale}
        />
      ) : type === 'date' ? (
        // A date stored with a time shows its day; it is sent back as stored unless changed.
        <DateInput {...common} value={datePart(common.value) ?? common.value} />
      ) : (
        <TextInput {...common} />
      );
    return (
      <Field
        key={i}
        label={labelInContext(label, context)}
        error={i === errorAt ? error : undefined}
      >
        {control}
      </Field>
    );
  };

  if (arity === 'two')
    return <div className={styles.pair}>{[input('From', 0), input('To', 1)]}</div>;
  return input(operator === 'lastXDays' ? 'Days' : 'Value', 0);
}
