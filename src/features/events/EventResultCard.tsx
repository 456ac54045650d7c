import { Badge, Card } from '../../ui/index.ts';
import { EventTypeName } from './EventTypeName.tsx';
import { formatAttributes, nullValueText, resultHeadline } from './resultText.ts';
import { failureText, type LastSend } from './sendOutcome.ts';
import { useEventTypeLabel } from './useEventTypeLabel.ts';
import styles from './EventConsolePage.module.css';

/**
 * The WorkflowEventResult of the last event sent, or why the last send has none. `canSend` is
 * false for a role that may not send: it is not asked to send one.
 */
export function EventResultCard({ last, canSend }: { last: LastSend | null; canSend: boolean }) {
  const typeLabel = useEventTypeLabel();
  return (
    <Card title="Result" description="The WorkflowEventResult of the last event sent.">
      {!last ? (
        <p>
          {canSend
            ? 'Send an event to see what the server returns.'
            : 'No result: your role may view the console but not send events.'}
        </p>
      ) : last.status !== 'sent' ? (
        <div className={styles.result}>
          <p>
            <Badge tone="danger">{failureText[last.status].badge}</Badge>{' '}
            <strong>{failureText[last.status].sentence}</strong>
          </p>
          <p>{last.message}</p>
          <p className={styles.note}>
            There is no result to show for it; results of earlier events are in the history below.
          </p>
        </div>
      ) : (
        <div className={styles.result}>
          <p>
            <strong>{resultHeadline(last.result.Attributes, last.select)}</strong>
          </p>
          <dl className={styles.dl}>
            <dt>Event type</dt>
            <dd>
              {last.result.EventType == null ? (
                <span className={styles.note}>{nullValueText('EventType', last.select)}</span>
              ) : (
                <EventTypeName
                  value={last.result.EventType}
                  label={typeLabel(last.result.EventType)}
                />
              )}
            </dd>
            <dt>Attributes</dt>
            <dd>
              {last.result.Attributes == null ? (
                <span className={styles.note}>{nullValueText('Attributes', last.select)}</span>
              ) : last.result.Attributes === '' ? (
                <span className={styles.note}>empty</span>
              ) : (
                // Long results scroll inside their box: focusable, so the keyboard can scroll it.
                <pre
                  className={styles.pre}
                  tabIndex={0}
                  role="region"
                  aria-label="Returned attribute values"
                >
                  {formatAttributes(last.result.Attributes)}
                </pre>
              )}
            </dd>
          </dl>
        </div>
      )}
    </Card>
  );
}
