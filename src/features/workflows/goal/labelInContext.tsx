import type { ReactNode } from 'react';
import { VisuallyHidden } from '../../../ui/index.ts';

/**
 * A short visible label that says to screen readers which of several alike controls it is:
 * "Field" is read "Field, condition 2 of Group 1: Hot prospects". The visible words come first,
 * so speech input by the label on the screen still finds the control.
 */
export function labelInContext(label: string, context: string): ReactNode {
  // The whole name in one hidden text: a visible and a hidden part would be read with a space
  // between them ("Field , condition 2…"), as the hidden part is not inline.
  return (
    <>
      <span aria-hidden="true">{label}</span>
      <VisuallyHidden>{`${label}, ${context}`}</VisuallyHidden>
    </>
  );
}
