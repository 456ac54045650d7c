import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { definitionsKeys } from '../../../api/definitions/keys.ts';
import {
  setPlatformSignInPrompt,
  signInToPlatform,
  type PlatformSignInReason,
} from '../../../api/definitions/platformSession.ts';
import { isApiError } from '../../../api/http/ApiError.ts';

/**
 * Registers the page's platform sign-in dialog with the platform session: a 401
 * opens it; signing in resolves the waiting calls (which then retry), cancelling rejects them.
 * Leaving the page unregisters it and cancels a sign-in still asked for, so the calls waiting on
 * it settle (and the next 401, on a later page, asks again rather than joining a dead prompt).
 */
export function usePlatformSignInPrompt() {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState<PlatformSignInReason>('ended');
  const waiting = useRef<{ resolve: () => void; reject: (e: Error) => void } | null>(null);
  const queryClient = useQueryClient();

  useEffect(() => {
    const unregister = setPlatformSignInPrompt(
      (why) =>
        new Promise<void>((resolve, reject) => {
          waiting.current = { resolve, reject };
          setReason(why);
          setError(null);
          setOpen(true);
        }),
    );
    return () => {
      unregister();
      waiting.current?.reject(new Error('Sign-in cancelled: the page was closed'));
      waiting.current = null;
    };
  }, []);

  const submit = async (userName: string, password: string) => {
    setBusy(true);
    setError(null);
    try {
      const account = await signInToPlatform(userName, password);
      queryClient.setQueryData(definitionsKeys.account(), account);
      setOpen(false);
      waiting.current?.resolve();
      waiting.current = null;
    } catch (e) {
      setError(
        isApiError(e) && e.isUnauthorized
          ? 'The platform did not accept this user name and password.'
          : isApiError(e)
            ? e.userMessage
            : 'Signing in failed.',
      );
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setOpen(false);
    waiting.current?.reject(new Error('Sign-in cancelled'));
    waiting.current = null;
  };

  return { open, reason, error, busy, submit, cancel };
}
