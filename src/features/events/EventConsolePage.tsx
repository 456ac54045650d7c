import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { RotateCw, Send } from 'lucide-react';
import { useMdoList } from '../../api/mdo/useMdoList.ts';
import type { WorkflowEvent } from '../../api/workflow/schemas.ts';
import { useDefaultWorkflowEvent, useSendWorkflowEvent } from '../../api/workflow/useEvents.ts';
import { applyServerError } from '../../app/forms/applyServerError.ts';
import { isApiError } from '../../api/http/ApiError.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import {
  buildAccessModel,
  FieldRightsProvider,
  RightsSelectField,
  RightsTextAreaField,
  RightsTextField,
  rightsResolver,
} from '../../rights/index.ts';
import { announce, Banner, Button, Card, PageHeader, Skeleton } from '../../ui/index.ts';
import { focusAfterRetry, focusFallback } from '../../app/errors/focusAfterRetry.ts';
import { useEditorDraft } from '../../app/drafts/useEditorDraft.ts';
import { WhenTabKnown } from '../../app/drafts/WhenTabKnown.tsx';
import { EventDraftNotice } from './EventDraftNotice.tsx';
import { EventLeaveDialog } from './EventLeaveDialog.tsx';
import { useSendExit } from './useSendExit.ts';
import { useSendAttempt } from './useSendAttempt.ts';
import { EventHistoryTable } from './EventHistoryTable.tsx';
import { EventResultCard } from './EventResultCard.tsx';
import { loadFailureText } from './loadFailureText.ts';
import { eventTypeOptions } from './eventTypeText.ts';
import { selectWarning } from './selectNames.ts';
import { useOwnEventHistory } from './useOwnEventHistory.ts';
import { attributesWarning } from './attributesWarning.ts';
import { useSettledValue } from './useSettledValue.ts';
import { eventFormFields, eventFormSchema, type EventFormValues } from './eventForm.ts';
import {
  describeSendFailure,
  failureText,
  sendFailureNow,
  sendMayHaveArrived,
  type LastSend,
  type SendFailure,
} from './sendOutcome.ts';
import { sessionRenewals, useSessionRenewals } from '../../app/auth/sessionRenewals.ts';
import styles from './EventConsolePage.module.css';

const historyOutcome = {
  'not-understood': 'invalid',
  'no-answer': 'unknown',
  'session-expired': 'not-sent',
  rejected: 'error',
  'server-failed': 'uncertain',
} as const;

/** /events: build a WorkflowEvent, send it, and see the result and this session's history. */
export function EventConsolePage() {
  useDocumentTitle('Events');
  const defaults = useDefaultWorkflowEvent();
  const [focusForm, setFocusForm] = useState(false);
  return (
    <>
      <PageHeader
        title="Events"
        description="Send a workflow event to test how flows react, and see the WorkflowEventResult the server returns."
      />
      {defaults.isPending && <Skeleton lines={4} label="Loading event defaults…" />}
      {defaults.isError && (
        <Banner
          tone="danger"
          title="Could not load the event defaults"
          actions={
            <Button
              variant="secondary"
              size="sm"
              icon={<RotateCw size={14} />}
              loading={defaults.isFetching}
              onClick={async () => {
                // The form replaces this banner and its focused button: focus goes to the form.
                if ((await defaults.refetch()).isSuccess) setFocusForm(true);
              }}
            >
              Try again
            </Button>
          }
        >
          {loadFailureText(defaults.error)} The form needs them to know what you may send: try
          again, and if it keeps failing, tell whoever runs the server.
        </Banner>
      )}
      {defaults.data && (
        // The draft is kept per tab: the form opens once the tab is known (useEditorDraft).
        <WhenTabKnown fallback={<Skeleton lines={4} label="Loading event defaults…" />}>
          <EventConsole template={defaults.data} focusOnMount={focusForm} />
        </WhenTabKnown>
      )}
      <EventHistoryTable />
    </>
  );
}

function EventConsole({
  template,
  focusOnMount,
}: {
  template: WorkflowEvent;
  /** Focus Event type at once (the form came after Try again, which is gone with its banner). */
  focusOnMount: boolean;
}) {
  const model = useMemo(() => buildAccessModel(template, { isNew: true }), [template]);
  const form = useForm<EventFormValues>({
    defaultValues: {
      EventType: template.EventType ?? '',
      Attributes: template.Attributes ?? '',
      select: '',
    },
    resolver: rightsResolver(eventFormSchema, () => model, ['EventType', 'Attributes']),
  });
  const send = useSendWorkflowEvent();
  const eventHistory = useOwnEventHistory().store;
  const types = useMdoList('workfloweventtype');
  // A send met by an expired session reads differently once the user signed in again.
  const renewals = useSessionRenewals();
  const [lastThen, setLast] = useState<LastSend | null>(null);
  const [errorThen, setError] = useState<SendFailure | null>(null);
  const last = sendFailureNow(lastThen, renewals);
  const error = sendFailureNow(errorThen, renewals);
  // Leaving waits for a send under way (useSendExit); a send under way also counts as unsaved
  // work, so a session that expires meanwhile is renewed in place, with the form as it is (it
  // went to the sign-in page, and the form came back at its defaults).
  const sending = form.formState.isSubmitting || send.isPending;
  const exit = useSendExit(form.formState.isDirty, sending);
  // What is typed survives a reload (per user, as the option and goal editors keep theirs); a
  // successful send (the form is then what was sent) lets it go.
  const draft = useEditorDraft(form, form.formState.isDirty, !model.table.canInsert);
  // A send whose outcome is unknown (under way when the page went, or no readable answer) is kept
  // beside the draft, so the event brought back is not called unsent. Read as the notice comes.
  const attempt = useSendAttempt(draft.key);
  const noticeAttempt = useMemo(
    () => (draft.notice ? attempt.read(form.getValues()) : null),
    [draft.notice, attempt, form],
  );
  // The notice's buttons go with it: once it is gone, focus goes to Event type.
  const focusFormAfterNotice = () => requestAnimationFrame(() => form.setFocus('EventType'));
  // Unknown $select names are allowed (a tenant may have more properties), but named as soon as
  // typing pauses, so a misspelling is seen before it silently nulls a property. A value the
  // form refuses has its error instead.
  const eventType = useWatch({ control: form.control, name: 'EventType' });
  const selectValue = useSettledValue(useWatch({ control: form.control, name: 'select' }) ?? '');
  const selectNote = eventFormSchema.shape.select.safeParse(selectValue).success
    ? selectWarning(selectValue)
    : null;
  // Attributes are free event info: text that looks like a slip in name=value pairs is named
  // once typing pauses, and still sent as typed.
  const attributesNote = attributesWarning(
    useSettledValue(useWatch({ control: form.control, name: 'Attributes' }) ?? ''),
  );
  const sendRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!focusOnMount) return;
    form.setFocus('EventType');
    // Read-only, Event type cannot take focus: the form's first control that can, or the page.
    focusFallback(
      formRef.current,
      () => document.activeElement !== null && document.activeElement !== document.body,
    );
    // Only on mount: later renders must not take focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Send is disabled while sending, which drops keyboard focus; give it back once it is done
  // (unless something else took it, e.g. the field a 400 names).
  const wasSending = useRef(false);
  useEffect(() => {
    if (send.isPending) wasSending.current = true;
    else if (wasSending.current) {
      wasSending.current = false;
      if (!document.activeElement || document.activeElement === document.body)
        sendRef.current?.focus();
    }
  }, [send.isPending]);

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const base = {
      sentAt: new Date().toISOString(),
      eventType: values.EventType,
      attributes: values.Attributes,
      select: values.select,
    };
    // As typed (the draft keeps the form's values, not the resolver's).
    const typed = form.getValues();
    attempt.mark('under-way', typed);
    try {
      const res = await send.mutateAsync({
        event: { ...template, EventType: values.EventType, Attributes: values.Attributes },
        select: values.select,
      });
      setLast({ status: 'sent', result: res, select: values.select });
      form.reset(values);
      draft.dismiss();
      attempt.clear();
      eventHistory.add({
        ...base,
        outcome: 'ok',
        resultType: res.EventType,
        resultAttributes: res.Attributes,
      });
      announce('Event sent; the result is shown.');
    } catch (e) {
      const failure = describeSendFailure(e, sessionRenewals());
      if (sendMayHaveArrived(failure)) attempt.mark('unknown', typed);
      // Refused, or not sent for an expired session: not recorded. (Cancelled as the page goes:
      // the under-way mark stays.)
      else if (!isApiError(e) || e.kind !== 'aborted') attempt.clear();
      const onField = applyServerError(e, form.setError, eventFormFields) === null;
      setError(onField ? null : failure);
      setLast(failure);
      eventHistory.add({
        ...base,
        outcome: historyOutcome[failure.status],
        error: failure.detail,
      });
      announce(failureText[failure.status].announcement);
      exit.onSendFailed();
    }
  });

  const options = eventTypeOptions(types.data, [eventType]);
  const canSend = model.table.canInsert;

  return (
    <FieldRightsProvider model={model}>
      <div className={styles.layout}>
        <Card title="Event">
          <FormProvider {...form}>
            <form
              ref={formRef}
              className={styles.form}
              onSubmit={onSubmit}
              noValidate
              aria-label="Workflow event"
            >
              {/* The rights' reason ("may view but not change this") misses what is barred: sending. */}
              {model.formReadOnly && (
                <Banner tone="warning">
                  <strong>Read-only:</strong> your role may not send workflow events. You can read
                  the form, but there is no Send.
                </Banner>
              )}
              {draft.notice && (
                <EventDraftNotice
                  notice={draft.notice}
                  attempt={noticeAttempt}
                  onKeep={() => {
                    draft.dismiss();
                    focusFormAfterNotice();
                  }}
                  onDiscard={() => {
                    draft.discard();
                    attempt.clear();
                    focusFormAfterNotice();
                  }}
                />
              )}
              {types.isError && (
                <Banner
                  tone="warning"
                  title="Could not load the event types"
                  actions={
                    <Button
                      variant="secondary"
                      size="sm"
                      icon={<RotateCw size={14} />}
                      loading={types.isFetching}
                      onClick={async (e) => {
                        // The button goes with the banner: focus goes to the picker it was
                        // about (or, read-only, to the form's first control, or the page).
                        const refocus = focusAfterRetry(e.currentTarget);
                        if ((await types.refetch()).isSuccess)
                          refocus(() => form.setFocus('EventType'));
                      }}
                    >
                      Try again
                    </Button>
                  }
                >
                  {loadFailureText(types.error)} Event type offers the standard types meanwhile
                  {canSend ? '; you can still send.' : '.'}
                </Banner>
              )}
              {error && (
                <Banner tone="danger" title={failureText[error.status].title}>
                  {error.message}
                </Banner>
              )}
              <RightsSelectField
                name="EventType"
                label="Event type"
                options={options}
                placeholder="Choose an event type…"
              />
              <RightsTextAreaField
                name="Attributes"
                label="Attributes"
                description="Event info, e.g. personId=12&formId=3."
                note={attributesNote}
                rows={4}
              />
              <RightsTextField
                name="select"
                rightsName="$select"
                label="$select (optional)"
                description="Comma-separated result properties to return; the others come back null."
                // An example in a disabled field reads as a value that is set.
                placeholder={model.formReadOnly ? undefined : 'e.g. EventType,Attributes'}
                note={selectNote}
              />
              {canSend && (
                <div className={styles.actions}>
                  <Button
                    ref={sendRef}
                    type="submit"
                    variant="primary"
                    icon={<Send size={16} />}
                    loading={send.isPending}
                  >
                    Send event
                  </Button>
                </div>
              )}
            </form>
          </FormProvider>
        </Card>
        <EventResultCard last={last} canSend={canSend} />
      </div>
      <EventLeaveDialog
        blocker={exit.blocker}
        sending={sending}
        sendFailed={exit.failed}
        mayHaveArrived={
          lastThen !== null && lastThen.status !== 'sent' && sendMayHaveArrived(lastThen)
        }
      />
    </FieldRightsProvider>
  );
}
