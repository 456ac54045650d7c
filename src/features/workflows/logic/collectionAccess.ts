import type { AccessModel } from '../../../rights/index.ts';

export interface CollectionAccess {
  /** No right at all (FieldProperties None): not shown, as the rights controls hide a field. */
  hidden: boolean;
  /** Nothing in it can be added, moved or removed (hidden counts as read-only too). */
  readOnly: boolean;
  /** Why it is read-only when the field says so ('' when the whole form is, or it is not). */
  reason: string;
}

/** Server reasons often have no full stop; this one is shown after a sentence of our own. */
const asSentence = (text: string) => (text === '' || /[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * The right of an edited list that no rights control draws (an option's Steps, a goal's
 * RestrictionGroups): the editors apply it as the controls apply a field's.
 */
export function collectionAccess(model: AccessModel, name: string): CollectionAccess {
  const access = model.field(name);
  return {
    hidden: access.hidden,
    readOnly: model.formReadOnly || access.hidden || access.readOnly,
    // A read-only form says why once, in its banner.
    reason: !model.formReadOnly && access.readOnly ? asSentence(access.reason) : '',
  };
}
