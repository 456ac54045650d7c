import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';
import { TextInput } from '../../ui/TextInput.tsx';
import { Select } from '../../ui/Select.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { defaultConnection } from '../../api/session/connection.ts';
import { connectionStore } from '../../api/session/connectionStore.ts';
import { readDisplayPreferences } from '../storage/displayPreferences.ts';
import { normalizeBaseUrl } from '../../api/session/normalizeBaseUrl.ts';
import { isApiError } from '../../api/http/ApiError.ts';
import { announce } from '../../ui/announcer.ts';
import { useDocumentTitle } from '../useDocumentTitle.ts';
import { signIn } from '../auth/signIn.ts';
import { signInFailureText } from '../auth/signInFailureText.ts';
import {
  safeReturnTo,
  schemeOptions,
  signInFormSchema,
  type SignInFormValues,
} from './signInForm.ts';
import styles from './SignInPage.module.css';
import { useCapsLockNote } from './useCapsLockNote.ts';
import { displayDefaults, signInDefaults } from './signInDefaults.ts';

const expiredNotice = 'Your session has expired. Sign in again to continue where you were.';

/** The fields under Connection settings, in the order they are shown. */
const connectionFields = [
  'baseUrl',
  'ticket',
  'appToken',
  'token',
  'language',
  'culture',
  'timeZone',
] as const;
type ConnectionField = (typeof connectionFields)[number];

export function SignInPage() {
  useDocumentTitle('Sign in');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const expired = params.get('reason') === 'expired';
  const expiredNoticeId = useId();
  const previous = connectionStore.get();
  const defaults = signInDefaults(previous, readDisplayPreferences);
  // What the last sign-in failed with; `retypePassword` when the password was refused.
  const capsLock = useCapsLockNote();
  const [failure, setFailure] = useState<{ text: string; retypePassword: boolean } | null>(null);
  // The expired notice is on the page from the start, so no live region would announce it. Focus
  // lands on the password when the user name is known, and the password field is described by the
  // notice; otherwise (focus on User name) it is said through the app's live announcer.
  const passwordFirst = Boolean(defaults.userName);
  useEffect(() => {
    if (!expired || passwordFirst) return;
    // After the announcer has subscribed (it mounts after the page) and the page load is read.
    const timer = setTimeout(() => announce(expiredNotice), 500);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the page opens
  }, []);
  // Shown when asked for (Settings' "Sign in with other settings") or when not the default scheme.
  const [showAdvanced, setShowAdvanced] = useState(
    params.get('show') === 'connection' || Boolean(previous && previous.scheme !== 'basic'),
  );

  const form = useForm<SignInFormValues>({
    resolver: zodResolver(signInFormSchema),
    defaultValues: {
      userName: defaults.userName,
      password: '',
      scheme: defaults.scheme,
      baseUrl: defaults.baseUrl,
      ticket: '',
      appToken: defaults.appToken,
      token: '',
      language: defaults.language,
      culture: defaults.culture,
      timeZone: defaults.timeZone,
      rememberInTab: defaults.rememberInTab,
    },
  });
  const { register, handleSubmit, control, watch, formState } = form;
  const scheme = watch('scheme');
  const errors = formState.errors;

  // Another server: its own kept language, culture and time zone, where the field still shows
  // what was filled in for the server before (a value typed here stays).
  const baseUrl = watch('baseUrl');
  const localeShown = useRef({
    server: normalizeBaseUrl(defaults.baseUrl),
    language: defaults.language,
    culture: defaults.culture,
    timeZone: defaults.timeZone,
  });
  useEffect(() => {
    const server = normalizeBaseUrl(baseUrl);
    const shown = localeShown.current;
    if (server === shown.server) return;
    const kept = displayDefaults(readDisplayPreferences(server));
    for (const name of ['language', 'culture', 'timeZone'] as const)
      if (form.getValues(name) === shown[name]) form.setValue(name, kept[name]);
    localeShown.current = { server, ...kept };
  }, [baseUrl, form]);

  // A refused password: focus on it, selected, to type it again; scrolled into view once the
  // message above has pushed it down (at 200% zoom it went past the bottom of the window, and
  // focus() does not scroll a field that already has focus). Another failure that left focus
  // nowhere (the busy Sign in button dropped it) puts it on the message, so keyboard users stay
  // on the form.
  const failureMessage = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!failure) return;
    if (failure.retypePassword) {
      form.setFocus('password', { shouldSelect: true });
      document.activeElement?.scrollIntoView({ block: 'nearest' });
    } else if (!document.activeElement || document.activeElement === document.body)
      failureMessage.current?.focus();
  }, [failure, form]);

  // A connection field that fails while Connection settings is collapsed (a value kept from an
  // earlier sign-in in this tab) would stop the form without a word: open it, focus the field.
  const [focusWhenShown, setFocusWhenShown] = useState<ConnectionField | null>(null);
  useEffect(() => {
    if (showAdvanced && focusWhenShown) {
      form.setFocus(focusWhenShown);
      setFocusWhenShown(null);
    }
  }, [showAdvanced, focusWhenShown, form]);
  const onInvalid = (invalid: FieldErrors<SignInFormValues>) => {
    // Nothing is sent: a message from the attempt before would no longer be true.
    setFailure(null);
    const field = connectionFields.find((f) => invalid[f]);
    if (!field) return;
    setShowAdvanced(true);
    // A wrong user name or password comes first and takes focus itself.
    if (!invalid.userName && !invalid.password) setFocusWhenShown(field);
  };

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await signIn({ ...defaultConnection(), ...values, displayName: '' });
      // A different user must never see the previous user's cached data.
      queryClient.clear();
      navigate(returnTo, { replace: true });
    } catch (e) {
      setFailure({
        text: signInFailureText(e),
        retypePassword: isApiError(e) && e.status === 401,
      });
    }
  }, onInvalid);

  return (
    <div className={styles.page}>
      <main className={styles.card}>
        <div className={styles.brand}>
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={36} height={36} />
          <span>Flowdesk</span>
        </div>
        <h1 className={styles.title}>Sign in to Flowdesk</h1>
        <p className={styles.lead}>
          Workflows, targets and workflow definitions for your SuperOffice tenant.
        </p>
        {expired && (
          <p id={expiredNoticeId} className={styles.notice}>
            {expiredNotice}
          </p>
        )}
        {/* Always there, empty until a sign-in fails: screen readers announce text put into a
            live region they already know, not a region that appears together with its text. */}
        <p
          ref={failureMessage}
          className={failure ? styles.error : undefined}
          role="alert"
          tabIndex={failure ? -1 : undefined}
        >
          {failure?.text}
        </p>
        <form onSubmit={onSubmit} noValidate className={styles.form}>
          {/* Focus starts on the first thing to type: the password when the user name is known
              (signing in again after the session expired). */}
          <Field label="User name" error={errors.userName?.message}>
            <TextInput
              autoComplete="username"
              autoFocus={!passwordFirst}
              {...register('userName')}
            />
          </Field>
          <Field label="Password" error={errors.password?.message} note={capsLock.note}>
            <TextInput
              type="password"
              autoComplete="current-password"
              autoFocus={passwordFirst}
              onKeyDown={capsLock.onKeyDown}
              onKeyUp={capsLock.onKeyUp}
              // Focus lands here, past the notice: the field says why a password is asked for.
              aria-describedby={expired ? expiredNoticeId : undefined}
              {...register('password')}
            />
          </Field>
          <Checkbox label="Stay signed in on this tab" {...register('rememberInTab')} />

          <button
            type="button"
            className={styles.disclosure}
            aria-expanded={showAdvanced}
            aria-controls="connection-settings"
            onClick={() => setShowAdvanced((v) => !v)}
          >
            Connection settings
          </button>
          {showAdvanced && (
            <fieldset id="connection-settings" className={styles.advanced}>
              <legend className={styles.legend}>Connection</legend>
              <Field
                label="API base URL"
                description={
                  <>
                    Leave empty for this server (the sandbox, or the{' '}
                    <code className={styles.option}>--upstream</code> tenant). For a tenant online,
                    its address, for example{' '}
                    <span className={styles.address}>
                      https://
                      <wbr />
                      online.superoffice.com/
                      <wbr />
                      Cust12345
                    </span>
                    .
                  </>
                }
                error={errors.baseUrl?.message}
              >
                {/* Short enough for a 400 px window; the example address is in the hint. */}
                <TextInput placeholder="This server" {...register('baseUrl')} />
              </Field>
              <Controller
                control={control}
                name="scheme"
                render={({ field }) => (
                  <Field
                    label="Authentication"
                    description={
                      scheme === 'session'
                        ? 'Uses the session this browser already has with the server (signed in to SuperOffice on this same site). Leave the user name and password empty to use it; enter them to start one on the sandbox.'
                        : undefined
                    }
                  >
                    {(p) => (
                      <Select
                        {...p}
                        options={schemeOptions}
                        value={field.value}
                        onValueChange={field.onChange}
                        onBlur={field.onBlur}
                      />
                    )}
                  </Field>
                )}
              />
              {scheme === 'soticket' && (
                <>
                  <Field
                    label="Ticket"
                    description="Leave empty to get one from the sandbox with your user name and password."
                    error={errors.ticket?.message}
                  >
                    <TextInput autoComplete="off" {...register('ticket')} />
                  </Field>
                  <Field
                    label="App token"
                    description="SO-AppToken, needed by SuperOffice Online."
                    error={errors.appToken?.message}
                  >
                    <TextInput autoComplete="off" {...register('appToken')} />
                  </Field>
                </>
              )}
              {scheme === 'bearer' && (
                <Field
                  label="Access token"
                  description="Leave empty to get one from the sandbox with your user name and password."
                  error={errors.token?.message}
                >
                  <TextInput autoComplete="off" {...register('token')} />
                </Field>
              )}
              <div className={styles.row}>
                <Field label="Language" error={errors.language?.message}>
                  <TextInput {...register('language')} />
                </Field>
                <Field label="Culture" error={errors.culture?.message}>
                  <TextInput {...register('culture')} />
                </Field>
                <Field
                  label="Time zone"
                  error={errors.timeZone?.message}
                  className={styles.fullRow}
                >
                  <TextInput {...register('timeZone')} />
                </Field>
              </div>
            </fieldset>
          )}
          <Button
            type="submit"
            variant="primary"
            loading={formState.isSubmitting}
            className={styles.submit}
          >
            Sign in
          </Button>
        </form>
        {/* The platform is another server: say the password goes there too. */}
        <p className={styles.hint}>
          The Definitions page also signs you in to the API platform with this user name and
          password.
        </p>
        <p className={styles.hint}>
          Sandbox demo users: <code>admin</code>, <code>planner</code> and <code>viewer</code>; the
          password is the user name.
        </p>
      </main>
    </div>
  );
}
