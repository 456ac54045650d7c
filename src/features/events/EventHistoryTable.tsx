import { useEffect, useRef } from 'react';
import { Trash2 } from 'lucide-react';
import { formatDateTime } from '../../app/locale/formatDateTime.ts';
import { useDateTimeSettings } from '../../app/locale/useDateTimeSettings.ts';
import { announce, Badge, Button, Card, Table } from '../../ui/index.ts';
import { ClampedText } from './ClampedText.tsx';
import { EventTypeName } from './EventTypeName.tsx';
import { resultHeadline } from './resultText.ts';
import { useEventTypeLabel } from './useEventTypeLabel.ts';
import { useOwnEventHistory } from './useOwnEventHistory.ts';
import type { SentEvent } from './eventHistory.ts';
import styles from './EventConsolePage.module.css';

const outcomeBadge: Record<Exclude<SentEvent['outcome'], 'ok'>, string> = {
  invalid: 'Not understood',
  unknown: 'No answer',
  'not-sent': 'Not sent',
  error: 'Rejected',
  uncertain: 'Maybe recorded',
};

/** Events sent in this session, newest first, with their results or errors. */
export function EventHistoryTable() {
  const { store, items } = useOwnEventHistory();
  const typeLabel = useEventTypeLabel();
  const dateTime = useDateTimeSettings();
  const emptyRef = useRef<HTMLParagraphElement>(null);
  /** Set by "Clear history", whose button goes away: focus then lands on the empty message. */
  const cleared = useRef(false);
  useEffect(() => {
    if (cleared.current && items.length === 0) emptyRef.current?.focus();
    cleared.current = false;
  }, [items.length]);
  return (
    <Card
      title="Sent in this session"
      className={styles.history}
      actions={
        items.length > 0 && (
          <Button
            size="sm"
            variant="ghost"
            icon={<Trash2 size={14} />}
            onClick={() => {
              cleared.current = true;
              store.clear();
              announce('History cleared.');
            }}
          >
            Clear history
          </Button>
        )
      }
    >
      {items.length === 0 ? (
        <p ref={emptyRef} tabIndex={-1}>
          No events sent yet.
        </p>
      ) : (
        // Wider than a narrow window: the scroll area takes focus, as the Outcome column has
        // nothing to focus that would scroll it into view.
        <Table
          caption="Events sent in this session"
          captionHidden
          density="compact"
          scrollLabel="Sent events table"
        >
          <thead>
            <tr>
              <th scope="col">Sent</th>
              <th scope="col">Event type</th>
              <th scope="col" className={styles.attributesCol}>
                Attributes
              </th>
              <th scope="col">$select</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id}>
                <td className={styles.dateTime}>
                  {formatDateTime(e.sentAt, dateTime, { timeStyle: 'medium' }) ?? e.sentAt}
                </td>
                <td>
                  <EventTypeName value={e.eventType} label={typeLabel(e.eventType)} />
                </td>
                <td className={styles.attributesCol}>
                  {e.attributes ? <ClampedText text={e.attributes} label="Attributes" /> : '–'}
                </td>
                <td className={styles.selectCol}>
                  {e.select ? (
                    <ClampedText text={e.select} label="$select" breakAfterCommas />
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  {e.outcome === 'ok' ? (
                    <>
                      <Badge tone="success">Sent</Badge>{' '}
                      {resultHeadline(e.resultAttributes, e.select)}
                    </>
                  ) : (
                    <>
                      <Badge tone="danger">{outcomeBadge[e.outcome]}</Badge> {e.error}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
