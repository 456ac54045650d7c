export {
  buildAccessModel,
  unrestrictedModel,
  type AccessModel,
  type RightsCarrier,
} from './accessModel.ts';
export { parseTableRight, UNRESTRICTED_TABLE, type TableAccess } from './tableAccess.ts';
export { parseFieldProperty, FULL_ACCESS, type FieldAccess } from './fieldAccess.ts';
export { TableRight, FieldRight, tableRightNames, fieldRightNames } from './rightFlags.ts';
export { isResourceToken, readableReason } from './reason.ts';
export {
  validateWithRights,
  isEmptyValue,
  type RightsError,
  type RightsFieldName,
} from './validateWithRights.ts';
export { rightsResolver } from './rightsResolver.ts';
