import { describe, expect, it } from 'vitest';
import { z } from '../api/schemas/zod.ts';
import { buildAccessModel } from './accessModel.ts';
import { rightsResolver } from './rightsResolver.ts';

const schema = z.looseObject({ Name: z.string(), Rank: z.number().check(z.minimum(0)) });
const model = buildAccessModel({
  FieldProperties: {
    Name: { FieldRight: { Mask: 'Update, UIHintMandatory', Reason: '' }, FieldLength: 4 },
  },
});
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('rightsResolver', () => {
  it('adds rights errors to the schema errors', async () => {
    const resolve = rightsResolver(schema, () => model);
    const result = await resolve({ Name: '', Rank: -1 }, undefined, options);
    expect(result.values).toEqual({});
    expect(result.errors.Name?.message).toBe('This field is required.');
    expect(result.errors.Rank?.type).toBeDefined();
  });

  it('passes values through when both agree', async () => {
    const resolve = rightsResolver(schema, () => model);
    const result = await resolve({ Name: 'Ann', Rank: 1 }, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ Name: 'Ann', Rank: 1 });
  });

  it('reports FieldLength overruns', async () => {
    const resolve = rightsResolver(schema, () => model, ['Name']);
    const result = await resolve({ Name: 'Too long', Rank: 1 }, undefined, options);
    expect(result.errors.Name?.type).toBe('maxLength');
  });
});
