import { z } from './zod.ts';

/** `{Mask, Reason}` of a TableRight or FieldRight. Mask is a flags string ("Update, UIHintMandatory"). */
export const rightSchema = z.looseObject({
  Mask: z.nullish(z.union([z.string(), z.number()])),
  Reason: z.nullish(z.string()),
});
export type RightJson = z.infer<typeof rightSchema>;

export const fieldPropertySchema = z.looseObject({
  FieldRight: z.nullish(rightSchema),
  FieldType: z.nullish(z.string()),
  FieldLength: z.nullish(z.number()),
});
export type FieldPropertyJson = z.infer<typeof fieldPropertySchema>;

export const fieldPropertiesSchema = z.nullish(z.record(z.string(), fieldPropertySchema));
export type FieldPropertiesJson = z.infer<typeof fieldPropertiesSchema>;

/** What every Carrier adds (contract §2.1): spread into a carrier's z.looseObject shape. */
export const carrierRightsShape = {
  TableRight: z.nullish(rightSchema),
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
  return z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((v: string | number): T[number] | (string & {}) => {
      if (typeof v === 'number') return numbers?.[v] ?? names[v] ?? String(v);
      return v;
    }),
  );
}

/** True when `value` is one of the enum's known names. */
export const isKnownName = <T extends readonly string[]>(
  names: T,
  value: string,
): value is T[number] => (names as readonly string[]).includes(value);
