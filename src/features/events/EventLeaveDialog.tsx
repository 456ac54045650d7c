import type { Blocker } from 'react-router';
import { UnsavedChangesDialog } from '../../app/forms/UnsavedChangesDialog.tsx';
import { Button, ConfirmDialog, Dialog } from '../../ui/index.ts';

/**
 * What the event console says when the user goes elsewhere (see useSendExit). While an event is
 * being sent, the navigation waits for the answer and goes ahead once the event is sent; "Stay on
 * this page" cancels it (not the send). When the send fails meanwhile, it asks before leaving.
 * Otherwise, with an event typed and not sent, the usual question.
 */
export function EventLeaveDialog({
  blocker,
  sending,
  sendFailed,
  mayHaveArrived,
}: {
  blocker: Blocker;
  sending: boolean;
  /** The send failed while the navigation waited for it. */
  sendFailed: boolean;
  /** The failed send may have been recorded all the same (a 500, no answer, an unreadable one). */
  mayHaveArrived: boolean;
}) {
  const blocked = blocker.state === 'blocked';
  const stay = () => {
    if (blocker.state === 'blocked') blocker.reset();
  };
  if (blocked && sending)
    return (
      <Dialog
        open
        onOpenChange={(open) => {
          if (!open) stay();
        }}
        title="Sending the event"
        description="The event is being sent. You will leave this page as soon as the server has answered; the result is kept in the history of events sent in this session."
        closeButton={false}
        footer={
          <Button variant="secondary" onClick={stay}>
            Stay on this page
          </Button>
        }
      />
    );
  if (blocked && sendFailed)
    return (
      <ConfirmDialog
        open
        onOpenChange={(open) => {
          if (!open) stay();
        }}
        title={
          mayHaveArrived ? 'The event may or may not have been recorded' : 'The event was not sent'
        }
        message={
          mayHaveArrived
            ? 'Sending the event failed, and it may or may not have been recorded: this page says why and how to check. If you leave now, it is not sent again.'
            : 'The event could not be sent: the reason is shown on this page. If you leave now, it is not sent.'
        }
        cancelLabel="Stay on this page"
        confirmLabel={mayHaveArrived ? 'Leave' : 'Leave without sending'}
        tone="danger"
        onConfirm={() => {
          if (blocker.state === 'blocked') blocker.proceed();
        }}
      />
    );
  return <UnsavedChangesDialog blocker={blocker} />;
}
