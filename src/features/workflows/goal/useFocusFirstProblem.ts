import { useEffect, useRef } from 'react';

/**
 * A refused save (a condition without a field, unbalanced parentheses) is reported next to the
 * condition, which may be far from Save: focus goes to the first problem so it is seen and heard.
 * Pass the form's submit count; call `onInvalid` from the refused submit.
 */
export function useFocusFirstProblem(submitCount: number) {
  const formRef = useRef<HTMLFormElement>(null);
  const refused = useRef(false);
  // react-hook-form renders the errors with the submit count, after onInvalid has run.
  useEffect(() => {
    if (!refused.current) return;
    refused.current = false;
    formRef.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], [data-save-blocker]')
      ?.focus();
  }, [submitCount]);
  return {
    formRef,
    onInvalid: () => {
      refused.current = true;
    },
  };
}
