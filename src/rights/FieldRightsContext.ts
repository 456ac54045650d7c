import { createContext, useContext } from 'react';
import { unrestrictedModel, type AccessModel } from './accessModel.ts';
import type { FieldAccess } from './fieldAccess.ts';
import type { TableAccess } from './tableAccess.ts';

/** Outside a provider everything is allowed (a form without server rights). */
export const FieldRightsContext = createContext<AccessModel>(unrestrictedModel);

export const useAccessModel = (): AccessModel => useContext(FieldRightsContext);

/** Access for a FieldProperties key in the surrounding FieldRightsProvider. */
export const useFieldAccess = (name: string): FieldAccess => useAccessModel().field(name);

/** The record's TableRight: gate "New" on canInsert and "Delete" on canDelete. */
export const useTableAccess = (): TableAccess => useAccessModel().table;
