import { z } from 'zod';

/** `{Mask, Reason}` of a TableRight or FieldRight. Mask is a flags string ("Update, UIHintMandatory"). */
export const rightSchema = z.looseObject({
  Mask: z.union([z.string(), z.number()]).nullish(),
  Reason: z.string().nullish(),
});
export type RightJson = z.infer<typeof rightSchema>;

export const fieldPropertySchema = z.looseObject({
  FieldRight: rightSchema.nullish(),
  FieldType: z.string().nullish(),
  FieldLength: z.number().nullish(),
});
export type FieldPropertyJson = z.infer<typeof fieldPropertySchema>;

export const fieldPropertiesSchema = z.record(z.string(), fieldPropertySchema).nullish();
export type FieldPropertiesJson = z.infer<typeof fieldPropertiesSchema>;

/** What every Carrier adds (contract §2.1): spread into a carrier's z.looseObject shape. */
export const carrierRightsShape = {
  TableRight: rightSchema.nullish(),
  FieldProperties: fieldPropertiesSchema,
};

/**
 * An enum that travels as its name (contract §1.4). Tolerant: a known number is mapped to its
 * name, an unknown name is kept as it is (so it survives a round trip), null stays null.
 */
export function enumName<const T extends readonly string[]>(
  names: T,
  numbers?: Record<number, T[number]>,
) {
  return z.union([z.string(), z.number()]).transform((v): T[number] | (string & {}) => {
    if (typeof v === 'number') return numbers?.[v] ?? names[v] ?? String(v);
    return v;
  });
}

/** True when `value` is one of the enum's known names. */
export const isKnownName = <T extends readonly string[]>(
  names: T,
  value: string,
): value is T[number] => (names as readonly string[]).includes(value);
