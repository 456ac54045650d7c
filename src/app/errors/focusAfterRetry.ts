const controls =
  'input, select, textarea, button, [role="combobox"], a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Focus that would otherwise fall to <body>: the first control of `scope` (outside `skip`) that
 * can take it, else the page's main region. Returns without moving focus when `kept()` says
 * focus is already where it should be.
 */
export function focusFallback(
  scope: Element | null,
  kept: () => boolean,
  skip: Element | null = null,
): void {
  if (kept()) return;
  for (const el of scope?.querySelectorAll<HTMLElement>(controls) ?? []) {
    if (skip?.contains(el) || el.matches(':disabled')) continue;
    el.focus();
    if (kept()) return;
  }
  (scope?.closest<HTMLElement>('main') ?? document.querySelector<HTMLElement>('main'))?.focus();
}

/**
 * Where keyboard focus goes after a Try again that worked, whose warning (and the focused button
 * with it) is going or gone: `preferred` (the picker the list was for). When that cannot take
 * focus (there is none, or it is disabled for this user), the first control of the form around
 * the warning that can; failing that, the page's main region. Never <body>.
 *
 * Called when Try again is pressed (while the warning is still in the page, to know its form);
 * the function it returns is called once the list came.
 */
export function focusAfterRetry(
  button: HTMLElement,
  /** False when the whole page was what failed: focus then goes to the page's main region. */
  inForm = true,
): (preferred: () => void) => void {
  const warning = button.closest('[role="status"], [role="alert"]') ?? button;
  const scope = inForm ? (button.closest('form') ?? button.closest('main')) : null;
  return (preferred) => {
    preferred();
    focusFallback(
      scope,
      () => {
        const now = document.activeElement;
        return now !== null && now !== document.body && !warning.contains(now);
      },
      warning,
    );
  };
}
