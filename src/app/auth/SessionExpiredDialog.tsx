import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Connection } from '../../api/session/connection.ts';
import { isApiError } from '../../api/http/ApiError.ts';
import { announce } from '../../ui/announcer.ts';
import { Banner } from '../../ui/Banner.tsx';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Field } from '../../ui/Field.tsx';
import { TextInput } from '../../ui/TextInput.tsx';
import { unsavedWorkAction } from '../forms/unsavedWork.ts';
import { renewSession } from './signIn.ts';
import { sessionExpiredText } from './sessionExpiredText.ts';
import styles from './SessionExpiredDialog.module.css';

export interface SessionExpiredDialogProps {
  connection: Connection;
  /** Signed in again: the page carries on. */
  onRenewed(): void;
  /** The user prefers the sign-in page (drafts the page keeps come back after signing in). */
  onLeave(): void;
}

/**
 * The session ended while the page holds unsaved work: sign in again here, as the same user,
 * without leaving the page, so nothing typed is lost; then save again.
 */
export function SessionExpiredDialog({
  connection,
  onRenewed,
  onLeave,
}: SessionExpiredDialogProps) {
  // Worded for what the page does with the work it keeps (save, send, upload), as it opened.
  const [text] = useState(() => sessionExpiredText(unsavedWorkAction()));
  const [password, setPassword] = useState('');
  const [credential, setCredential] = useState('');
  // SoTicket and Bearer can also be renewed with a new ticket or token from the tenant.
  const credentialLabel =
    connection.scheme === 'soticket'
      ? 'New ticket'
      : connection.scheme === 'bearer'
        ? 'New access token'
        : null;
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await renewSession(connection, password, credential);
      announce(text.renewed);
      onRenewed();
    } catch (err) {
      setFailure(
        isApiError(err) && err.status === 401
          ? err.message
          : isApiError(err)
            ? err.userMessage
            : String(err),
      );
      setBusy(false);
    }
  };
  // After a failure, back on the password, selected, so typing it again replaces it (the busy
  // Sign in button may have dropped focus). Once the message is shown, and scrolled into view:
  // the message pushes the field down, which left it hidden under the buttons at 200% zoom
  // (focus() does not scroll a field that already has focus).
  useEffect(() => {
    const input = passwordRef.current;
    if (!failure || !input) return;
    input.focus();
    input.select();
    input.scrollIntoView({ block: 'nearest' });
  }, [failure]);

  return (
    <Dialog
      open
      // Answered with Sign in or Go to the sign-in page: the page cannot save until then.
      required
      title="Your session has expired"
      description={text.description}
      footer={
        <>
          <Button onClick={onLeave} disabled={busy}>
            Go to the sign-in page
          </Button>
          <Button variant="primary" type="submit" form={formId} loading={busy}>
            Sign in
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate className={styles.form}>
        {failure && (
          <Banner tone="danger" title="Not signed in">
            {failure}
          </Banner>
        )}
        <Field label="User name">
          <TextInput value={connection.userName} readOnly autoComplete="username" />
        </Field>
        <Field label="Password">
          <TextInput
            ref={passwordRef}
            type="password"
            autoComplete="current-password"
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        {credentialLabel && (
          <Field
            label={credentialLabel}
            description="From your tenant's sign-in; leave it empty to get one for the password (sandbox)."
          >
            <TextInput
              autoComplete="off"
              value={credential}
              onChange={(e) => setCredential(e.target.value)}
            />
          </Field>
        )}
      </form>
    </Dialog>
  );
}
