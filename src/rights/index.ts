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
export { FieldRightsProvider } from './FieldRightsProvider.tsx';
export { useAccessModel, useFieldAccess, useTableAccess } from './FieldRightsContext.ts';
export { ReadOnlyBanner, type ReadOnlyBannerProps } from './ReadOnlyBanner.tsx';
export { RecordHiddenNotice } from './RecordHiddenNotice.tsx';
export type { RightsFieldProps } from './controls/RightsFieldFrame.tsx';
export { RightsTextField, type RightsTextFieldProps } from './controls/RightsTextField.tsx';
export {
  RightsTextAreaField,
  type RightsTextAreaFieldProps,
} from './controls/RightsTextAreaField.tsx';
export { RightsNumberField, type RightsNumberFieldProps } from './controls/RightsNumberField.tsx';
export {
  RightsSelectField,
  type RightsSelectFieldProps,
  type RightsSelectOption,
} from './controls/RightsSelectField.tsx';
export { RightsCheckboxField } from './controls/RightsCheckboxField.tsx';
export { RightsDateField } from './controls/RightsDateField.tsx';
export { useReadOnlyReason } from './controls/ReadOnlyReason.tsx';
export { decimalText, parseDecimal } from './controls/parseDecimal.ts';
