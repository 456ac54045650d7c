import { useId, useMemo, useState } from 'react';
import { FormProvider, useForm, useFormState, useWatch } from 'react-hook-form';
import { z } from '../../../api/schemas/zod.ts';
import type { TargetGroup } from '../../../api/targets/schemas.ts';
import { applyServerError } from '../../../app/forms/applyServerError.ts';
import { isApiError } from '../../../api/http/ApiError.ts';
import {
  buildAccessModel,
  FieldRightsProvider,
  ReadOnlyBanner,
  RightsNumberField,
  RightsSelectField,
  rightsResolver,
  type AccessModel,
  type RightsSelectOption,
} from '../../../rights/index.ts';
import { asReadOnly } from '../../../rights/fieldAccess.ts';
import { Banner } from '../../../ui/Banner.tsx';
import { Button } from '../../../ui/Button.tsx';
import { Dialog } from '../../../ui/Dialog.tsx';
import { useToast } from '../../../ui/toastContext.ts';
import { useGroupSettings } from '../hooks/useGroupSettings.ts';
import {
  changedSettings,
  groupSettingsOf,
  PERIOD_TYPE_OPTIONS,
  SETTINGS_YEARS,
  settingsToDescribe,
  type GroupSettings,
} from '../model/groupSettings.ts';
import { settingsSavedText } from '../model/settingsSavedText.ts';
import { describePeriodChange } from '../model/periodConversion.ts';
import { parsePeriodType } from '../model/periods.ts';
import styles from './GroupSettingsDialog.module.css';

const { min: YEAR_MIN, max: YEAR_MAX } = SETTINGS_YEARS;
const FIELDS = ['Year', 'PeriodType', 'EntityType'] as const;

const settingsSchema = z.object({
  Year: z
    .number({ error: `Enter a year, e.g. ${new Date().getFullYear() + 1}.` })
    .check(
      z.int('Enter a whole year.'),
      z.minimum(YEAR_MIN, `Enter a year from ${YEAR_MIN} to ${YEAR_MAX}.`),
      z.maximum(YEAR_MAX, `Enter a year from ${YEAR_MIN} to ${YEAR_MAX}.`),
    ),
  PeriodType: z
    .string()
    .check(z.refine((v) => parsePeriodType(v) !== null, 'Choose a period type.')),
  EntityType: z.string().check(z.minLength(1, 'Choose an entity type.')),
});
type SettingsInput = z.input<typeof settingsSchema>;

/** Every field read-only for `reason` (said once, by the ReadOnlyBanner), as for a read-only form. */
function readOnlyFor(model: AccessModel, reason: string): AccessModel {
  return Object.freeze({
    ...model,
    formReadOnly: true,
    readOnlyReason: reason,
    field: (name: string) => asReadOnly(model.field(name), reason),
  });
}

/** A failed save: its sentence, and the settings sent when it may have been stored all the same. */
interface SettingsFailure {
  text: string;
  unconfirmed?: GroupSettings;
}

export interface GroupSettingsDialogProps {
  group: TargetGroup;
  /** The grid has unsaved edits: settings cannot change until they are saved or discarded. */
  unsavedChanges: boolean;
  locale: string;
  /** Saved under another year (the page moves to it); `left` is the group as it was. */
  onYearMoved?(left: TargetGroup): void;
  onClose(): void;
}

/**
 * Year, PeriodType and EntityType of the loaded target group, as their FieldProperties allow
 * (an administrator changes them; others see them read-only with the server's reason). Before
 * saving it says what the change does to the rows; a refusal stays in the dialog with the input.
 */
export function GroupSettingsDialog({
  group,
  unsavedChanges,
  locale,
  onYearMoved,
  onClose,
}: GroupSettingsDialogProps) {
  const model = useMemo(() => {
    const base = buildAccessModel(group);
    return unsavedChanges && !base.formReadOnly
      ? readOnlyFor(
          base,
          'The grid has unsaved changes. Save or discard them first: new settings apply to the saved targets.',
        )
      : base;
  }, [group, unsavedChanges]);
  const form = useForm<SettingsInput, unknown, GroupSettings>({
    defaultValues: groupSettingsOf(group),
    resolver: rightsResolver(settingsSchema, () => model, FIELDS),
  });
  const { submit, reload, saving } = useGroupSettings(group);
  const { toast } = useToast();
  const [error, setError] = useState<SettingsFailure | null>(null);
  const [reloading, setReloading] = useState(false);
  const formId = useId();
  const label = group.TargetDimension?.DimensionListLabel;
  const rowCount = group.TargetAssignments?.length ?? 0;
  const canSave = !model.formReadOnly && FIELDS.some((f) => !model.field(f).readOnly);

  const periodOptions: RightsSelectOption[] = [...PERIOD_TYPE_OPTIONS];
  if (!parsePeriodType(group.PeriodType))
    periodOptions.push({ value: group.PeriodType, label: group.PeriodType });
  const entityOptions = [{ value: 'Sale', label: 'Sale' }];
  const entity = group.EntityType ?? 'Sale';
  if (entity !== 'Sale') entityOptions.push({ value: entity, label: entity });

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const saved = await submit(values);
      if (saved.Year !== group.Year) onYearMoved?.(group);
      // The notification is the one announcement (a toast says itself): not the announcer too.
      toast({
        title: 'Group settings saved',
        description: settingsSavedText(saved),
        tone: 'success',
      });
      onClose();
    } catch (e) {
      const text = applyServerError(e, form.setError, FIELDS);
      // No answer, a proxy's, or one that cannot be read: the settings may well be stored.
      const unknown = isApiError(e) && e.outcomeUnknown;
      if (text) setError({ text, unconfirmed: unknown ? values : undefined });
    }
  });

  /** After an unconfirmed save: shows the group as the server has it, and says which it is. */
  const onReload = async (chosen: GroupSettings) => {
    setReloading(true);
    try {
      const now = await reload();
      if (now.Year !== group.Year) onYearMoved?.(group);
      const stored = changedSettings(now, chosen).length === 0;
      toast(
        stored
          ? { title: 'Group settings saved', description: settingsSavedText(now), tone: 'success' }
          : {
              title: 'The group settings were not saved',
              description: `The server still has ${settingsSavedText(now)} Open Group settings to change them again.`,
              tone: 'info',
            },
      );
      onClose();
    } catch (e) {
      setReloading(false);
      setError({
        text: `${isApiError(e) ? e.userMessage : 'The group could not be read.'} Try Reload again in a moment.`,
        unconfirmed: chosen,
      });
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && !saving && onClose()}
      title="Group settings"
      closeButton={canSave}
      description={`Targets ${group.Year}${label ? ` · ${label}` : ''}: these settings apply to all ${rowCount.toLocaleString(locale)} rows.`}
      footer={
        canSave ? (
          <>
            <Button onClick={onClose} disabled={saving}>
              Cancel
            </Button>
            <Button
              variant="primary"
              type="submit"
              form={formId}
              loading={saving}
              disabled={!form.formState.isDirty}
            >
              Save settings
            </Button>
          </>
        ) : (
          <Button onClick={onClose}>Close</Button>
        )
      }
    >
      <FieldRightsProvider model={model}>
        <FormProvider {...form}>
          <form id={formId} className={styles.form} onSubmit={onSubmit} noValidate>
            <ReadOnlyBanner />
            {error && (
              <Banner
                tone="danger"
                title={
                  error.unconfirmed
                    ? 'The settings could not be confirmed'
                    : 'The settings were not saved'
                }
                actions={
                  error.unconfirmed && (
                    <Button
                      size="sm"
                      loading={reloading}
                      onClick={() => error.unconfirmed && void onReload(error.unconfirmed)}
                    >
                      Reload
                    </Button>
                  )
                }
              >
                {error.text}
              </Banner>
            )}
            <RightsNumberField
              name="Year"
              label="Year"
              description={
                model.field('Year').readOnly
                  ? undefined
                  : 'A year that has no targets of this type yet.'
              }
              className={styles.year}
            />
            <RightsSelectField
              name="PeriodType"
              label="Period type"
              description="How many values each row has: 12 months, 4 quarters, 2 half-years or 1 year."
              options={periodOptions}
            />
            <RightsSelectField
              name="EntityType"
              label="Entity type"
              description="Targets are set for sales (the only entity type there is)."
              options={entityOptions}
            />
            {canSave && <Effects group={group} />}
          </form>
        </FormProvider>
      </FieldRightsProvider>
    </Dialog>
  );
}

/**
 * What saving the changed settings will do, said before the user saves; not for a year that
 * cannot be saved (its field says why).
 */
function Effects({ group }: { group: TargetGroup }) {
  const values = useWatch<SettingsInput>() as Partial<SettingsInput>;
  const { errors } = useFormState<SettingsInput>({ name: 'Year' });
  const next = settingsToDescribe(group, values, errors.Year !== undefined);
  const changed = changedSettings(group, next);
  if (changed.length === 0) return null;
  const rows = group.TargetAssignments ?? [];
  const locked = rows.filter((a) => a.Locked).length;
  const from = parsePeriodType(group.PeriodType);
  const to = parsePeriodType(next.PeriodType);
  const label = group.TargetDimension?.DimensionListLabel;
  const items: string[] = [];
  if (changed.includes('PeriodType') && from && to) {
    items.push(describePeriodChange(from, to));
    if (locked > 0)
      items.push(
        `${locked} locked ${locked === 1 ? 'row is' : 'rows are'} regrouped the same way; ${locked === 1 ? 'its' : 'their'} approved totals stay as they are.`,
      );
  }
  if (changed.includes('Year'))
    items.push(
      `The targets move from ${group.Year} to ${next.Year}; ${group.Year} then has no ${label ? `“${label}” ` : ''}targets.`,
    );
  if (changed.includes('EntityType')) items.push(`The entity type becomes ${next.EntityType}.`);
  items.push('Every row’s revision history records the change.');
  return (
    <Banner tone="info" title="When you save" className={styles.effects}>
      <ul className={styles.list}>
        {items.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </Banner>
  );
}
