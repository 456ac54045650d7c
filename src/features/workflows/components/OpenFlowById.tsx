import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Field, TextInput } from '../../../ui/index.ts';
import { readFlowId } from '../logic/flowIdText.ts';
import styles from './OpenFlowById.module.css';

/** A flow id field and Open, which goes to that flow's page (/workflows/<id>). */
export function OpenFlowById() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const read = readFlowId(text);
    if ('problem' in read) {
      setProblem(read.problem);
      e.currentTarget.querySelector('input')?.focus();
      return;
    }
    navigate(`/workflows/${read.id}`);
  };
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Open a flow by its id">
      <Field label="Flow id" error={problem}>
        {(control) => (
          // Open beside the field, the field's error under both.
          <div className={styles.row}>
            <TextInput
              {...control}
              className={styles.input}
              inputMode="numeric"
              autoComplete="off"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setProblem(null);
              }}
            />
            <Button type="submit" variant="primary">
              Open
            </Button>
          </div>
        )}
      </Field>
    </form>
  );
}
