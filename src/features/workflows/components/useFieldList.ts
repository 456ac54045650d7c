import type { RestrictableField } from '../../../api/workflow/schemas.ts';
import { useRestrictableFields } from '../../../api/workflow/useFlows.ts';

const none: readonly RestrictableField[] = [];

/** The restrictable fields, to name fields in step texts; none while loading or when they failed. */
export const useFieldList = (): readonly RestrictableField[] =>
  useRestrictableFields().data ?? none;
