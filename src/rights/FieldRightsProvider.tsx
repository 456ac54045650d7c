import type { ReactNode } from 'react';
import type { AccessModel } from './accessModel.ts';
import { FieldRightsContext } from './FieldRightsContext.ts';

/** Gives the Rights* controls below it the record's access model (build it with buildAccessModel). */
export function FieldRightsProvider({
  model,
  children,
}: {
  model: AccessModel;
  children: ReactNode;
}) {
  return <FieldRightsContext.Provider value={model}>{children}</FieldRightsContext.Provider>;
}
