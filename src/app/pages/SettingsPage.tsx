import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Card } from '../../ui/Card.tsx';
import { Field } from '../../ui/Field.tsx';
import { TextInput } from '../../ui/TextInput.tsx';
import { Button } from '../../ui/Button.tsx';
import { useToast } from '../../ui/toastContext.ts';
import { z } from '../../api/schemas/zod.ts';
import { connectionStore } from '../../api/session/connectionStore.ts';
import { keepDisplayPreferences } from '../storage/displayPreferences.ts';
import { schemeOptions } from './signInForm.ts';
import { cultureField, languageField, timeZoneField } from './localeRules.ts';
import { useConnection } from '../auth/useConnection.ts';
import { useDocumentTitle } from '../useDocumentTitle.ts';
import { useUnsavedChangesGuard } from '../forms/useUnsavedChangesGuard.ts';
import { UnsavedChangesDialog } from '../forms/UnsavedChangesDialog.tsx';
import styles from './SettingsPage.module.css';

const localeSchema = z.object({
  language: languageField,
  culture: cultureField,
  timeZone: timeZoneField,
});
type LocaleValues = z.infer<typeof localeSchema>;

/** Connection details, and language / culture / time zone sent on every request. */
export function SettingsPage() {
  useDocumentTitle('Settings');
  const connection = useConnection();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const form = useForm<LocaleValues>({
    resolver: zodResolver(localeSchema),
    values: {
      language: connection?.language ?? 'en',
      culture: connection?.culture ?? '',
      timeZone: connection?.timeZone ?? '',
    },
  });
  const { register, handleSubmit, formState } = form;
  const blocker = useUnsavedChangesGuard(formState.isDirty);

  const onSubmit = handleSubmit((values) => {
    const current = connectionStore.get();
    if (!current) return;
    connectionStore.set({ ...current, ...values });
    keepDisplayPreferences(current.baseUrl, values);
    // Reasons, list names and formatted values depend on these headers: load them again.
    void queryClient.invalidateQueries();
    form.reset(values);
    toast({
      tone: 'success',
      title: 'Settings saved',
      description:
        'Pages now show the new language, number and date formats (culture) and time zone.',
    });
  });

  const scheme = schemeOptions.find((o) => o.value === connection?.scheme)?.label ?? '';

  return (
    <>
      <PageHeader title="Settings" description="How Flowdesk talks to your tenant." />
      <div className={styles.grid}>
        <Card
          title="Connection"
          description="To change the server or the way you sign in, sign in again."
        >
          <dl className={styles.facts}>
            <dt>Server</dt>
            <dd>
              {connection?.baseUrl || (
                <>
                  This server (sandbox or <code className={styles.option}>--upstream</code> proxy)
                </>
              )}
            </dd>
            <dt>Signed in as</dt>
            <dd>
              {connection?.displayName} {connection?.userName ? `(${connection.userName})` : ''}
            </dd>
            <dt>Authentication</dt>
            <dd>{scheme}</dd>
            <dt>Credentials kept</dt>
            <dd>
              {connection?.rememberInTab
                ? 'In this tab until it closes (sessionStorage)'
                : 'In memory only'}
            </dd>
            <dt>Display settings kept</dt>
            <dd>
              Language, culture and time zone: in this browser for this server (localStorage), after
              signing out too. The sign-in form starts from them.
            </dd>
          </dl>
          <Link to="/sign-in?show=connection">Sign in with other settings</Link>
        </Card>
        <Card
          title="Language and region"
          description={
            <>
              Language and culture are sent as{' '}
              <span className={styles.header}>Accept-Language</span>,{' '}
              <span className={styles.header}>SO-Language</span> and{' '}
              <span className={styles.header}>SO-Culture</span>.
            </>
          }
        >
          <form onSubmit={onSubmit} noValidate className={styles.form}>
            <Field
              label="Language"
              description="For example en, nb, sv, de."
              error={formState.errors.language?.message}
            >
              <TextInput {...register('language')} />
            </Field>
            <Field
              label="Culture"
              description="Number and date formats, for example en-GB or nb-NO."
              error={formState.errors.culture?.message}
            >
              <TextInput {...register('culture')} />
            </Field>
            <Field
              label="Time zone"
              description="IANA name, for example Europe/Oslo. The API platform’s times and Flowdesk’s own (drafts, events) are shown in it; SuperOffice’s times are shown as the tenant sends them, in its own time zone."
              error={formState.errors.timeZone?.message}
            >
              <TextInput {...register('timeZone')} />
            </Field>
            <div>
              {/* aria-disabled, not disabled: saving makes it unavailable, and a disabled button
                  would drop keyboard focus on <body>. Clicks and Enter do nothing meanwhile. */}
              <Button
                type="submit"
                variant="primary"
                aria-disabled={!formState.isDirty}
                onClick={(e) => {
                  if (!formState.isDirty) e.preventDefault();
                }}
              >
                Save settings
              </Button>
            </div>
          </form>
        </Card>
      </div>
      <UnsavedChangesDialog blocker={blocker} />
    </>
  );
}
