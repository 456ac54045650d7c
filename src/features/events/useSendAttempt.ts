import { useMemo } from 'react';
import {
  readSendAttempt,
  sendAttemptKey,
  serializeSendAttempt,
  type SendAttempt,
  type SentFields,
} from './sendAttempt.ts';
import { localStore } from '../../app/storage/localStore.ts';

/**
 * The send attempt kept beside the event console's draft (`draftKey`; null: no draft is kept),
 * in the same storage as the draft so that both survive a reload or a closed tab.
 */
export function useSendAttempt(draftKey: string | null) {
  return useMemo(() => {
    const key = draftKey ? sendAttemptKey(draftKey) : null;
    return {
      /** Keeps that a send of `fields` is under way, or ended with its outcome unknown. */
      mark(state: SendAttempt['state'], fields: SentFields) {
        if (!key) return;
        try {
          localStore()?.setItem(key, serializeSendAttempt(state, fields));
        } catch {
          // Storage full or refused: the notice after a reload then cannot tell; nothing else.
        }
      },
      /** The send's outcome is known (sent, or refused): nothing to warn of any more. */
      clear() {
        if (key) localStore()?.removeItem(key);
      },
      /** The attempt kept for the event `fields`, if any. */
      read(fields: SentFields): SendAttempt | null {
        return key ? readSendAttempt(localStore()?.getItem(key) ?? null, fields) : null;
      },
    };
  }, [draftKey]);
}
