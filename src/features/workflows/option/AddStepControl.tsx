import { useState, type RefObject } from 'react';
import { Plus } from 'lucide-react';
import { useMdoList } from '../../../api/mdo/useMdoList.ts';
import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import { Button, Field, Select } from '../../../ui/index.ts';
import { ListLoadWarning } from '../../../app/errors/ListLoadWarning.tsx';
import { stepTypeLabel } from '../logic/stepText.ts';
import { stepTypeOptions } from './stepTypeOptions.ts';
import styles from './StepOptionForm.module.css';

export interface AddStepControlProps {
  steps: WorkflowStepBase[];
  /** -1 = at the end; otherwise insert after this index. */
  after: number;
  onAfterChange: (after: number) => void;
  onAdd: (stepType: string, after: number) => Promise<void>;
  typeRef: RefObject<HTMLButtonElement | null>;
}

/** Adds a step of a type from the step-type list, at the end or after a chosen step. */
export function AddStepControl({
  steps,
  after,
  onAfterChange,
  onAdd,
  typeRef,
}: AddStepControlProps) {
  const list = useMdoList('workflowsteptype');
  const [type, setType] = useState('SendEmail');
  const [busy, setBusy] = useState(false);
  const typeOptions = stepTypeOptions(list.data);
  const positions = [
    { value: '-1', label: 'At the end' },
    ...steps.map((s, i) => ({
      value: String(i),
      label: `After step ${i + 1}: ${stepTypeLabel(s.StepType)}`,
    })),
  ];
  const add = async () => {
    setBusy(true);
    try {
      await onAdd(type, after);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.addRow} role="group" aria-label="Add a step">
      {list.isError && (
        <ListLoadWarning
          what="the step types"
          error={list.error}
          meanwhile="Step type offers the standard types meanwhile."
          retrying={list.isFetching}
          onRetry={async () => (await list.refetch()).isSuccess}
          focusAfter={() => typeRef.current?.focus()}
          className={styles.listWarning}
        />
      )}
      <Field label="Step type">
        <Select ref={typeRef} options={typeOptions} value={type} onValueChange={setType} />
      </Field>
      <Field label="Position">
        <Select
          options={positions}
          value={String(Math.min(after, steps.length - 1))}
          onValueChange={(v) => onAfterChange(Number(v))}
        />
      </Field>
      <Button icon={<Plus size={16} />} onClick={add} loading={busy}>
        Add step
      </Button>
    </div>
  );
}
