import { afterEach, describe, expect, it } from 'vitest';
import { focusAfterRetry } from './focusAfterRetry.ts';

/** A page: main > form > warning with Try again, then the form's fields. */
function page(fields: string) {
  document.body.innerHTML = `<main tabindex="-1"><h1>Goal</h1><form aria-label="Goal">
    <div role="status"><p>Could not load the fields</p><button>Try again</button></div>
    ${fields}</form></main>`;
  const button = document.querySelector('button')!;
  button.focus();
  return button;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focus after a Try again that worked', () => {
  it('goes to the picker the list was for, when it can take focus', () => {
    const button = page('<input aria-label="Name"><button role="combobox">Field</button>');
    focusAfterRetry(button)(() =>
      document.querySelector<HTMLElement>('[role="combobox"]')?.focus(),
    );
    expect(document.activeElement?.textContent).toBe('Field');
  });

  it('goes to the form’s first field when there is no picker (a goal with no conditions)', () => {
    const button = page('<input aria-label="Name"><textarea aria-label="Description"></textarea>');
    focusAfterRetry(button)(() =>
      document.querySelector<HTMLElement>('[role="combobox"]')?.focus(),
    );
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Name');
  });

  it('knows the form from when Try again was pressed, though the warning is gone since', () => {
    const button = page('<input aria-label="Name">');
    const refocus = focusAfterRetry(button);
    button.closest('[role="status"]')!.remove();
    refocus(() => {});
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Name');
  });

  it('goes to the main region when every field is read-only (a viewer)', () => {
    const button = page(
      '<button role="combobox" disabled>Field</button><input disabled aria-label="Name">',
    );
    focusAfterRetry(button)(() =>
      document.querySelector<HTMLElement>('[role="combobox"]')?.focus(),
    );
    expect(document.activeElement?.tagName).toBe('MAIN');
  });

  it('goes to the main region when the whole page was what failed (not a form’s list)', () => {
    const button = page('<input aria-label="Name">');
    focusAfterRetry(button, false)(() => {});
    expect(document.activeElement?.tagName).toBe('MAIN');
  });
});
