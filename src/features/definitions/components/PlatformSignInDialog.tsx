import { useState, type FormEvent } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { Field } from '../../../ui/Field.tsx';
import { TextInput } from '../../../ui/TextInput.tsx';
import { Button } from '../../../ui/Button.tsx';
import { Banner } from '../../../ui/Banner.tsx';
import styles from './PlatformSignInDialog.module.css';

export interface PlatformSignInDialogProps {
  open: boolean;
  defaultUserName: string;
  error: string | null;
  busy: boolean;
  onSubmit: (userName: string, password: string) => void;
  onCancel: () => void;
}

/** Asks for the platform password again after the platform session was lost; then calls retry. */
export function PlatformSignInDialog({
  open,
  defaultUserName,
  error,
  busy,
  onSubmit,
  onCancel,
}: PlatformSignInDialogProps) {
  const [userName, setUserName] = useState(defaultUserName);
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(userName.trim(), password);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) onCancel();
      }}
      title="Sign in to the API platform again"
      description="Your session on the API platform has ended. Sign in again and Flowdesk retries what it was doing."
    >
      <form className={styles.form} onSubmit={submit}>
        {error && <Banner tone="danger">{error}</Banner>}
        <Field label="Platform user name or e-mail" required>
          <TextInput
            autoComplete="username"
            value={userName}
            onChange={(e) => setUserName(e.target.value)}
          />
        </Field>
        <Field label="Platform password" required>
          <TextInput
            type="password"
            autoComplete="current-password"
            value={password}
            autoFocus
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <div className={styles.footer}>
          <Button onClick={onCancel}>Cancel</Button>
          <Button
            type="submit"
            variant="primary"
            loading={busy}
            disabled={!userName.trim() || !password}
          >
            Sign in and retry
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
