import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Field } from '../../ui/Field.tsx';
import { TextInput } from '../../ui/TextInput.tsx';
import { Button } from '../../ui/Button.tsx';
import { useToast } from '../../ui/toastContext.ts';
import { z } from '../../api/schemas/zod.ts';
import { connectionStore } from '../../api/session/connectionStore.ts';
import { keepDisplayPreferences } from '../storage/displayPreferences.ts';
import { cultureField, languageField, timeZoneField } from './localeRules.ts';
import { useConnection } from '../auth/useConnection.ts';
import { useUnsavedChangesGuard } from '../forms/useUnsavedChangesGuard.ts';
import { UnsavedChangesDialog } from '../forms/UnsavedChangesDialog.tsx';
import { useEditorDraft } from '../drafts/useEditorDraft.ts';
import { SettingsDraftNotice } from './SettingsDraftNotice.tsx';
import styles from './SettingsPage.module.css';

const localeSchema = z.object({
  language: languageField,
  culture: cultureField,
  timeZone: timeZoneField,
});
type LocaleValues = z.infer<typeof localeSchema>;

/**
 * Language, culture and time zone, sent on every request. What is typed and not saved is kept
 * as this tab's draft, as in the other editors (useEditorDraft: shown inside WhenTabKnown), so a
 * reload brings it back with a notice.
 */
export function LocaleForm() {
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
  const draft = useEditorDraft(form, formState.isDirty);
  // The notice's buttons go with it: focus goes on to the form rather than <body>.
  const thenFocusForm = (f: () => void) => () => {
    f();
    requestAnimationFrame(() => form.setFocus('language'));
  };

  const onSubmit = handleSubmit((values) => {
    const current = connectionStore.get();
    if (!current) return;
    connectionStore.set({ ...current, ...values });
    keepDisplayPreferences(current.baseUrl, values);
    // Reasons, list names and formatted values depend on these headers: load them again.
    void queryClient.invalidateQueries();
    form.reset(values);
    draft.dismiss();
    toast({
      tone: 'success',
      title: 'Settings saved',
      description:
        'Pages now show the new language, number and date formats (culture) and time zone.',
    });
  });

  return (
    <>
      <form onSubmit={onSubmit} noValidate className={styles.form}>
        {draft.notice && (
          <SettingsDraftNotice
            notice={draft.notice}
            onKeep={thenFocusForm(draft.dismiss)}
            onDiscard={thenFocusForm(draft.discard)}
          />
        )}
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
      <UnsavedChangesDialog blocker={blocker} />
    </>
  );
}
