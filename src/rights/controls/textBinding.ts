import type { ClipboardEvent } from 'react';
import type { ControllerRenderProps, FieldValues } from 'react-hook-form';
import type { FieldAccess } from '../fieldAccess.ts';

/** A form field as useRightsControl binds it, with a way to check it at once. */
export type BoundTextField = ControllerRenderProps<FieldValues> & {
  /** Checks the field now (says it is too long) rather than on save. */
  validateNow?: () => void;
};

/**
 * The props that bind a text input or textarea to a form field and its rights.
 *
 * FieldLength is the input's maxLength, so typing stops at it; but a paste past it would be cut
 * silently by the browser, and the end of the text lost without a word. Such a paste goes in
 * whole instead, and the field says at once how much to shorten it ("Use at most 254 characters
 * (303 now)."), as it would on save.
 */
export function textBinding(field: BoundTextField, access: FieldAccess) {
  const max = access.maxLength;
  return {
    ref: field.ref,
    name: field.name,
    value: typeof field.value === 'string' ? field.value : (field.value ?? '').toString(),
    onChange: (e: { target: { value: string } }) => field.onChange(e.target.value),
    onBlur: field.onBlur,
    onPaste:
      max === undefined
        ? undefined
        : (e: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
            const el = e.currentTarget;
            const pasted = e.clipboardData.getData('text/plain');
            const start = el.selectionStart ?? el.value.length;
            const end = el.selectionEnd ?? start;
            // A single-line input drops line breaks from a paste, as the browser does.
            const text = el instanceof HTMLInputElement ? pasted.replace(/\r?\n/g, ' ') : pasted;
            const next = el.value.slice(0, start) + text + el.value.slice(end);
            if (next.length <= max) return;
            e.preventDefault();
            field.onChange(next);
            field.validateNow?.();
            const caret = start + text.length;
            requestAnimationFrame(() => el.setSelectionRange(caret, caret));
          },
    disabled: access.readOnly,
    maxLength: max,
  };
}
