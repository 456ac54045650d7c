import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Banner } from '../../../ui/Banner.tsx';
import { useToast } from '../../../ui/toastContext.ts';
import { Button } from '../../../ui/Button.tsx';
import { Checkbox } from '../../../ui/Checkbox.tsx';
import { Field } from '../../../ui/Field.tsx';
import { NumberInput } from '../../../ui/NumberInput.tsx';
import { isApiError } from '../../../api/http/ApiError.ts';
import {
  createFailureText,
  notCreatedText,
  type CreateFailureText,
} from '../model/createFailureText.ts';
import { parsePercent, percentChangeError } from '../model/percentChange.ts';
import { numberFormat } from '../grid/numberFormat.ts';
import { newGroupBody } from '../state/newGroup.ts';
import { buildAccessModel } from '../../../rights/accessModel.ts';
import { useDefaultGroupTemplate, useGroupForYear, useSaveGroup } from '../hooks/targetsApi.ts';
import { parseAssignmentLevel } from '../../../api/targets/schemas.ts';
import { useTargetDimension } from '../../../api/targets/hooks.ts';
import { levelsText, rowsForLevels } from '../model/assignmentLevels.ts';
import styles from '../pages/TargetsPage.module.css';

export interface CreateGroupPanelProps {
  year: number;
  dimensionId: number | null;
  locale: string;
  /** Told just before the group is sent (the page gives the new grid the focus). */
  onCreate?: () => void;
}

/** No group for the year yet: create one, optionally from last year's values ± %. */
export function CreateGroupPanel({ year, dimensionId, locale, onCreate }: CreateGroupPanelProps) {
  const lastYear = useGroupForYear(year - 1, dimensionId);
  // The year's own group (the page's query): read again when the user checks after a failure.
  const thisYear = useGroupForYear(year, dimensionId);
  const hasLastYear = !!lastYear.data;
  const [copy, setCopy] = useState(true);
  const [percent, setPercent] = useState('0');
  const [error, setError] = useState<CreateFailureText | null>(null);
  const [checking, setChecking] = useState(false);
  /** What is wrong with the percentage: said on its field, not as a failed creation. */
  const [percentError, setPercentError] = useState<string | null>(null);
  const percentInput = useRef<HTMLInputElement>(null);
  /** The message goes on the field, and the focus there: from the button it was not heard. */
  const refusePercent = (message: string) => {
    // Rendered first, so the field is announced with its message.
    flushSync(() => setPercentError(message));
    percentInput.current?.focus();
  };
  const template = useDefaultGroupTemplate(year);
  // The chosen target type, whole: its levels decide the rows (no users for a type on company
  // and group level only), and the group carries it as it is, not the default type's fields.
  const dimension = useTargetDimension(dimensionId);
  const typeDimension = dimensionId === null ? template.data?.TargetDimension : dimension.data;
  const levels = parseAssignmentLevel(typeDimension?.AssignmentLevel);
  const access = template.data ? buildAccessModel(template.data, { isNew: true }) : null;
  // Known once the template (with its rights) came: until then a planner saw, for a moment, the
  // administrator's text and options.
  const mayCreate = access !== null && !access.formReadOnly;
  const save = useSaveGroup();
  const busy = save.isPending;
  const { toast } = useToast();

  const create = async () => {
    setError(null);
    setPercentError(null);
    const copying = copy && hasLastYear;
    const pct = parsePercent(percent, locale);
    if (copying && (pct === undefined || pct === null))
      return refusePercent(`Enter a percentage, e.g. 5 or -2.5.`);
    const format = (n: number) => numberFormat(locale, 6).format(n);
    const outOfRange = copying ? percentChangeError(pct ?? 0, format) : null;
    if (outOfRange) return refusePercent(outOfRange);
    if (!template.data || (dimensionId !== null && !dimension.data)) return;
    try {
      const withDimension = {
        ...template.data,
        ...(dimensionId !== null && { TargetDimension: dimension.data }),
        TargetAssignments: rowsForLevels(template.data.TargetAssignments ?? [], levels),
      };
      const { body, refused } = newGroupBody(
        withDimension,
        year,
        copying ? (lastYear.data?.TargetAssignments ?? null) : null,
        pct ?? 0,
        // Last year's group is of this target type: a count of sales stays whole numbers.
        lastYear.data?.TargetDimension?.MeasurementUnit === 'Count',
        format,
      );
      if (refused) return refusePercent(refused);
      onCreate?.();
      await save.mutateAsync(body);
      // The grid just appears in the panel's place: say that the targets were made, and from what.
      const change = pct ? ` ${pct > 0 ? '+' : ''}${format(pct)} %` : '';
      toast({
        tone: 'success',
        title: `Targets for ${year} created`,
        description: copying
          ? `Each row starts from its ${year - 1} values${change}.`
          : 'Every row starts at 0.',
      });
    } catch (e) {
      setError(createFailureText(e, year));
    }
  };

  /** Reads the year's group again: found, the page shows it; not found, it was not created. */
  const check = async (failure: CreateFailureText) => {
    setChecking(true);
    const found = await thisYear.refetch();
    setChecking(false);
    if (found.isSuccess && found.data === null) setError(failure.ifMissing ?? notCreatedText(year));
  };

  return (
    <section className={styles.create} aria-labelledby="tg-create-title">
      <h2 id="tg-create-title">No targets for {year} yet</h2>
      {access?.formReadOnly && (
        // One sentence that says who may: the template's own reason added 'You do not have
        // permission to change this record.' (planner) or '… may view but not change this' (viewer).
        <p>Only a targets administrator can create the targets for {year}.</p>
      )}
      {mayCreate && (
        // What the rows start from follows the box below: it said 'at 0 in the default currency'
        // while the rows took last year's values and currencies.
        <p>
          Create the target group for {year}: {levelsText(levels)},{' '}
          {copy && hasLastYear ? (
            <>
              each starting from its {year - 1} values changed by the percentage below
              {dimensionId === null ? `, in its ${year - 1} currency` : ''} (a row without{' '}
              {year - 1} values starts at 0).
            </>
          ) : (
            <>starting at 0{dimensionId === null ? ' in the default currency' : ''}.</>
          )}
        </p>
      )}
      {!mayCreate ? null : hasLastYear ? (
        <div className={styles.createRow}>
          <Checkbox
            label={`Start from ${year - 1}’s values`}
            checked={copy}
            onChange={(e) => setCopy(e.target.checked)}
          />
          <Field label="Change in %" error={copy ? (percentError ?? undefined) : undefined}>
            <NumberInput
              ref={percentInput}
              className={styles.percent}
              value={percent}
              disabled={!copy}
              onChange={(e) => {
                setPercent(e.target.value);
                setPercentError(null);
              }}
              // Not a form (the button is outside any): Enter here did nothing.
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !busy) {
                  e.preventDefault();
                  void create();
                }
              }}
            />
          </Field>
        </div>
      ) : lastYear.isSuccess ? (
        <p className={styles.meta}>There are no targets for {year - 1} to copy.</p>
      ) : (
        lastYear.isError && (
          <p className={styles.meta}>
            The targets for {year - 1} could not be loaded, so they cannot be copied.
          </p>
        )
      )}
      {error && (
        <Banner
          tone="danger"
          title={error.title}
          actions={
            error.check && (
              <Button size="sm" loading={checking} onClick={() => void check(error)}>
                {error.check}
              </Button>
            )
          }
        >
          {error.text}
        </Banner>
      )}
      {template.isError && <Banner tone="danger">{template.error.userMessage}</Banner>}
      {dimension.isError && (
        <Banner tone="danger" title="The target type could not be read">
          {isApiError(dimension.error) ? `${dimension.error.userMessage} ` : ''}Reload the page to
          try again.
        </Banner>
      )}
      {mayCreate && (
        <div>
          <Button
            variant="primary"
            loading={busy}
            disabled={!template.data || (dimensionId !== null && !dimension.data)}
            onClick={() => void create()}
          >
            Create targets for {year}
          </Button>
        </div>
      )}
    </section>
  );
}
