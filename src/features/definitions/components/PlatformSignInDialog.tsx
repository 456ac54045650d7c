import { useState, type FormEvent } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { Field } from '../../../ui/Field.tsx';
import { TextInput } from '../../../ui/TextInput.tsx';
import { Button } from '../../../ui/Button.tsx';
import { Banner } from '../../../ui/Banner.tsx';
import type { PlatformSignInReason } from '../../../api/definitions/platformSession.ts';
import { platformSignInText } from '../model/platformSignInText.ts';
import styles from './PlatformSignInDialog.module.css';

export interface PlatformSignInDialogProps {
  open: boolean;
  /** A first sign-in to the platform, or one after its session ended: the dialog says which. */
  reason: PlatformSignInReason;
  defaultUserName: string;
  error: string | null;
  busy: boolean;
  onSubmit: (userName: string, password: string) => void;
  onCancel: () => void;
}

/** Asks for the platform password (first, or after the platform session was lost); then retries. */
export function PlatformSignInDialog({
  open,
  reason,
  defaultUserName,
  error,
  busy,
  onSubmit,
  onCancel,
}: PlatformSignInDialogProps) {
  const [userName, setUserName] = useState(defaultUserName);
  const [password, setPassword] = useState('');
  const text = platformSignInText(reason);
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
      title={text.title}
      description={text.description}
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
            {text.submit}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
