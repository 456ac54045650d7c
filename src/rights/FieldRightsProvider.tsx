import type { ReactNode } from 'react';
import type { AccessModel } from './accessModel.ts';
import { FieldRightsContext } from './FieldRightsContext.ts';
import { RecordHiddenNotice } from './RecordHiddenNotice.tsx';

/**
 * Gives the Rights* controls below it the record's access model (build it with buildAccessModel).
 * A record the server hides renders only the notice saying so: none of its fields, values or
 * actions reach the page.
 */
export function FieldRightsProvider({
  model,
  children,
}: {
  model: AccessModel;
  children: ReactNode;
}) {
  return (
    <FieldRightsContext.Provider value={model}>
      {model.recordHidden ? <RecordHiddenNotice reason={model.hiddenReason} /> : children}
    </FieldRightsContext.Provider>
  );
}
