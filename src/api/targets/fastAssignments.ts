import type { z } from 'zod';

/**
 * The fast path for a group's TargetAssignments (10,000 rows): zod's per-property walk and
 * copy costs tens of milliseconds there, so rows are checked by hand and kept as they arrived
 * (unknown properties included). A row that is not plain (a number where an enum name goes, a
 * wrong type anywhere) goes through the full schema, which transforms it or reports the exact
 * issue, with the row index in the path. Identical TableRight / FieldProperties objects are
 * interned: all rows with the same rights share one object (less memory, cheap equality).
 */
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNil = (v: unknown) => v === null || v === undefined;
const optStr = (v: unknown) => isNil(v) || typeof v === 'string';
const optBool = (v: unknown) => isNil(v) || typeof v === 'boolean';
const optInt = (v: unknown) => isNil(v) || Number.isInteger(v);

function plainRight(r: unknown): boolean {
  return (
    isNil(r) ||
    (isObj(r) &&
      (isNil(r.Mask) || typeof r.Mask === 'string' || typeof r.Mask === 'number') &&
      optStr(r.Reason))
  );
}

function plainFieldProperties(fp: unknown): boolean {
  if (isNil(fp)) return true;
  if (!isObj(fp)) return false;
  for (const k in fp) {
    const p = fp[k];
    if (
      !isObj(p) ||
      !plainRight(p.FieldRight) ||
      !optStr(p.FieldType) ||
      !(isNil(p.FieldLength) || typeof p.FieldLength === 'number')
    )
      return false;
  }
  return true;
}

/** Owners and currency: only the typed properties are checked; strings for enum names only. */
function plainOwner(
  o: unknown,
  idKey: string,
  strings: readonly string[],
  ints: readonly string[],
  bools: readonly string[],
): boolean {
  if (isNil(o)) return true;
  if (!isObj(o) || !Number.isInteger(o[idKey])) return false;
  return (
    strings.every((k) => optStr(o[k])) &&
    ints.every((k) => optInt(o[k])) &&
    bools.every((k) => optBool(o[k]))
  );
}

/** True when the full schema would accept the row and return it unchanged. */
export function isPlainAssignment(r: unknown): r is Obj {
  if (!isObj(r) || !Number.isInteger(r.TargetAssignmentInfoId) || typeof r.Locked !== 'boolean')
    return false;
  const values = r.Values;
  if (!Array.isArray(values)) return false;
  for (let i = 0; i < values.length; i++) if (typeof values[i] !== 'number') return false;
  return (
    optInt(r.DimensionListItem) &&
    optStr(r.DimensionListItemDisplayName) &&
    plainOwner(
      r.TargetAssociate,
      'AssociateId',
      ['Name', 'Tooltip', 'Type', 'FullName', 'FormalName', 'UserName'],
      ['PersonId', 'Rank', 'GroupIdx', 'EjUserId'],
      ['Deleted'],
    ) &&
    plainOwner(r.TargetContact, 'ContactId', ['Name', 'Department', 'OrgNr', 'City'], [], []) &&
    plainOwner(r.TargetUserGroup, 'Id', ['Value', 'Tooltip'], ['Rank'], ['Deleted']) &&
    plainOwner(r.Currency, 'Id', ['Value', 'Tooltip'], [], []) &&
    plainRight(r.TableRight) &&
    plainFieldProperties(r.FieldProperties)
  );
}

/** Shares structurally identical rights objects between rows. */
export function createRightsInterner() {
  const shared = new Map<string, unknown>();
  const intern = <T>(value: T): T => {
    if (!isObj(value)) return value;
    const key = JSON.stringify(value); // tiny objects: one short string per row
    const hit = shared.get(key);
    if (hit !== undefined) return hit as T;
    shared.set(key, value);
    return value;
  };
  return { intern, size: () => shared.size };
}

/** Parses the TargetAssignments array (called from the group schema's transform). */
export function parseAssignmentsFast<S extends z.ZodType>(
  value: unknown,
  ctx: z.core.$RefinementCtx,
  full: S,
): z.output<S>[] {
  if (!Array.isArray(value)) {
    ctx.addIssue({
      code: 'custom',
      message: 'Expected an array of TargetAssignment',
      input: value,
    });
    return [];
  }
  const { intern } = createRightsInterner();
  const out: z.output<S>[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    let row: Obj;
    if (isPlainAssignment(value[i])) row = value[i] as Obj;
    else {
      const res = full.safeParse(value[i]);
      if (!res.success) {
        for (const issue of res.error.issues) {
          ctx.addIssue({
            code: 'custom',
            message: issue.message,
            path: [i, ...issue.path],
            input: value[i],
          });
        }
        return [];
      }
      row = res.data as Obj;
    }
    if (row.TableRight) row.TableRight = intern(row.TableRight);
    if (row.FieldProperties) row.FieldProperties = intern(row.FieldProperties);
    out[i] = row as z.output<S>;
  }
  return out;
}
