import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from '../api/schemas/zod.ts';
import type { AccessModel } from './accessModel.ts';
import { validateWithRights, type RightsFieldName } from './validateWithRights.ts';

/**
 * zodResolver(schema) plus the rights' own rules (mandatory, FieldLength), so react-hook-form
 * blocks submit on them too. `getModel` is read at validation time (the model comes with the
 * data); `fieldNames` defaults to every FieldProperties key present in the values.
 */
export function rightsResolver<S extends z.core.$ZodType<FieldValues, FieldValues>>(
  schema: S,
  getModel: () => AccessModel,
  fieldNames?: readonly RightsFieldName[],
): Resolver<z.input<S>, unknown, z.output<S>> {
  const base = zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const model = getModel();
    const names = fieldNames ?? model.fieldNames.filter((n) => Object.hasOwn(values as object, n));
    const rightsErrors = validateWithRights(values, model, names);
    if (rightsErrors.length === 0) return result;

    const errors: Record<string, unknown> = { ...result.errors };
    for (const e of rightsErrors) {
      if (getError(errors, e.field)) continue; // the schema's message wins
      setError(errors, e.field, { type: e.type, message: e.message });
    }
    return { values: {}, errors: errors as FieldErrors<z.input<S>> };
  };
}

function getError(errors: Record<string, unknown>, path: string): unknown {
  let v: unknown = errors;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

function setError(errors: Record<string, unknown>, path: string, error: object) {
  const parts = path.split('.');
  let node = errors;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    node[part] = next !== null && typeof next === 'object' ? { ...next } : {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = error;
}
