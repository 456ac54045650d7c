import type { WorkflowEventResult } from '../../api/workflow/schemas.ts';
import { Card } from '../../ui/index.ts';
import { EventTypeName } from './EventTypeName.tsx';
import { formatAttributes, resultHeadline } from './resultText.ts';
import { useEventTypeLabel } from './useEventTypeLabel.ts';
import styles from './EventConsolePage.module.css';

/** The WorkflowEventResult the server returned for the last event. */
export function EventResultCard({ result }: { result: WorkflowEventResult | null }) {
  const typeLabel = useEventTypeLabel();
  return (
    <Card title="Result" description="The WorkflowEventResult of the last event sent.">
      {result ? (
        <div className={styles.result} aria-live="polite">
          <p>
            <strong>{resultHeadline(result.Attributes)}</strong>
          </p>
          <dl className={styles.dl}>
            <dt>Event type</dt>
            <dd>
              {result.EventType == null ? (
                'null'
              ) : (
                <EventTypeName value={result.EventType} label={typeLabel(result.EventType)} />
              )}
            </dd>
            <dt>Attributes</dt>
            <dd>
              <pre className={styles.pre}>{formatAttributes(result.Attributes) || 'null'}</pre>
            </dd>
          </dl>
        </div>
      ) : (
        <p>Send an event to see what the server returns.</p>
      )}
    </Card>
  );
}
