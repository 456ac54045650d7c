import { reasonText, type ReasonId } from './reasons.ts';

export interface RightJson {
  Mask: string;
  Reason: string;
}
export interface FieldPropertyJson {
  FieldRight: RightJson | null;
  FieldType: string;
  FieldLength: number;
}
export type FieldPropertiesJson = Record<string, FieldPropertyJson>;

/** Builds TableRight / FieldProperties JSON in the caller's language. */
export class RightsBuilder {
  constructor(private readonly language: string | null) {}

  table(mask: string, reason: ReasonId = ''): RightJson {
    return { Mask: mask, Reason: reasonText(reason, this.language) };
  }

  field(type: string, mask: string, reason: ReasonId = '', length = -1): FieldPropertyJson {
    return {
      FieldRight: { Mask: mask, Reason: reasonText(reason, this.language) },
      FieldType: type,
      FieldLength: length,
    };
  }
}

/** .NET type names used in FieldType. */
export const FieldTypes = {
  string: 'System.String',
  int: 'System.Int32',
  short: 'System.Int16',
  double: 'System.Double',
  bool: 'System.Boolean',
  date: 'System.DateTime',
  array: 'System.Array',
} as const;
