import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useMdoList } from '../../../api/mdo/useMdoList.ts';
import { Field, Select, TextInput } from '../../../ui/index.ts';
import type { OptionFormInput } from './optionForm.ts';
import { splitTypeOptions } from './splitTypeOptions.ts';
import styles from './SortableStepList.module.css';

/**
 * A split step's own name and what it splits on (WorkflowStepSplit's SplitName and
 * SplitOptionType, contract §4), edited on its row and sent with the path's Save: nowhere else
 * sets them, and a split added here starts unnamed and on None. Only for who may change steps.
 */
export function SplitStepFields({ index }: { index: number }) {
  const { control, register } = useFormContext<OptionFormInput>();
  const types = useMdoList('workflowsplitoptiontype');
  const stored = useWatch({ control, name: `Steps.${index}.SplitOptionType` });
  // Several splits can be on a path: each field's name says whose it is.
  const which = `, step ${index + 1}`;
  return (
    <div className={styles.splitFields}>
      <Field label="Split name">
        <TextInput aria-label={`Split name${which}`} {...register(`Steps.${index}.SplitName`)} />
      </Field>
      <Field label="Split on">
        {(props) => (
          <Controller
            control={control}
            name={`Steps.${index}.SplitOptionType`}
            render={({ field }) => (
              <Select
                {...props}
                aria-label={`Split on${which}`}
                options={splitTypeOptions(types.data, [typeof stored === 'string' ? stored : null])}
                value={typeof field.value === 'string' ? field.value : 'None'}
                onValueChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
              />
            )}
          />
        )}
      </Field>
    </div>
  );
}
