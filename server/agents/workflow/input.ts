import { enumNameOf, type EnumEntry } from './enums.ts';
import { fieldError } from './fieldError.ts';

/**
 * Reading carrier properties from a Save body, each failure a 400 naming the field (`path`), said
 * as the editor shows it (fieldError).
 * Property names match case-insensitively, as SuperOffice does.
 */
export type Json = Record<string, unknown>;

export function prop(obj: Json, name: string): unknown {
  if (name in obj) return obj[name];
  const lower = name.toLowerCase();
  const key = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : obj[key];
}

/** The properties of `obj` other than `known` (kept in the `extra` column). */
export function extraProps(obj: Json, known: readonly string[]): Json {
  const lower = new Set(known.map((k) => k.toLowerCase()));
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !lower.has(k.toLowerCase())));
}

export function int(obj: Json, name: string, path: string, fallback = 0): number {
  const v = prop(obj, name);
  if (v === undefined || v === null || v === '') return fallback;
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n))
    throw fieldError(path, 'must be a whole number');
  return n;
}

export function bool(obj: Json, name: string, path: string, fallback: boolean): boolean {
  const v = prop(obj, name);
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw fieldError(path, 'must be true or false');
  return v;
}

export function text(
  obj: Json,
  name: string,
  path: string,
  maxLength: number,
  fallback = '',
): string {
  const v = prop(obj, name);
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'string') throw fieldError(path, 'must be text');
  if (v.length > maxLength) throw fieldError(path, `is longer than ${maxLength} characters`);
  return v;
}

export function requiredText(obj: Json, name: string, path: string, maxLength: number): string {
  const v = text(obj, name, path, maxLength);
  if (v.trim() === '') {
    throw fieldError(path, 'must be filled in');
  }
  return v;
}

export function enumValue(
  obj: Json,
  name: string,
  path: string,
  entries: readonly EnumEntry[],
  fallback: string,
): string {
  const v = prop(obj, name);
  if (v === undefined || v === null || v === '') return fallback;
  const known = enumNameOf(entries, v);
  if (!known) throw fieldError(path, `'${String(v)}' is not a known value`);
  return known;
}

export function array(obj: Json, name: string, path: string): unknown[] | undefined {
  const v = prop(obj, name);
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw fieldError(path, 'must be a list');
  return v;
}

export function object(value: unknown, path: string): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw fieldError(path, 'must be an object');
  return value as Json;
}

export function stringList(obj: Json, name: string, path: string): string[] | null {
  const v = prop(obj, name);
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw fieldError(path, 'must be a list of text values');
  return v as string[];
}

export const parseJson = <T>(s: unknown, fallback: T): T => {
  if (typeof s !== 'string') return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

export const now = () => new Date().toISOString();
