import type { z } from '../schemas/zod.ts';

/**
 * The fast path for a group's TargetAssignments (10,000 rows): zod's per-property walk and
 * copy costs tens of milliseconds there, so rows are checked by hand and kept as they arrived
 * (unknown properties included). A row that is not plain (a number where an enum name goes, a
 * wrong type anywhere) goes through the full schema, which transforms it or reports the exact
 * issue, with the row index in the path. Identical TableRight / FieldProperties objects are
 * interned: all rows with the same rights share one object (less memory, cheap equality), and
 * each distinct one is checked once.
 *
 * This runs once per page load on cold code, so the checks are small, straight-line functions
 * (no closures or key lists), which V8 runs fast before it has optimised anything.
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

/** Only the typed properties are checked; Type must be an enum name (a number needs mapping). */
function plainAssociate(o: unknown): boolean {
  if (isNil(o)) return true;
  if (!isObj(o) || !Number.isInteger(o.AssociateId)) return false;
  return (
    optStr(o.Name) &&
    optStr(o.Tooltip) &&
    optStr(o.Type) &&
    optStr(o.FullName) &&
    optStr(o.FormalName) &&
    optStr(o.UserName) &&
    optInt(o.PersonId) &&
    optInt(o.Rank) &&
    optInt(o.GroupIdx) &&
    optInt(o.EjUserId) &&
    optBool(o.Deleted)
  );
}

function plainContact(o: unknown): boolean {
  if (isNil(o)) return true;
  if (!isObj(o) || !Number.isInteger(o.ContactId)) return false;
  return optStr(o.Name) && optStr(o.Department) && optStr(o.OrgNr) && optStr(o.City);
}

/** A user group or a currency (MDO list items). */
function plainListItem(o: unknown): boolean {
  if (isNil(o)) return true;
  if (!isObj(o) || !Number.isInteger(o.Id)) return false;
  return optStr(o.Value) && optStr(o.Tooltip) && optInt(o.Rank) && optBool(o.Deleted);
}

/** The row's own fields (everything but its rights) are as the full schema would return them. */
function plainRowFields(r: Obj): boolean {
  if (!Number.isInteger(r.TargetAssignmentInfoId) || typeof r.Locked !== 'boolean') return false;
  const values = r.Values;
  if (!Array.isArray(values)) return false;
  for (let i = 0; i < values.length; i++) if (typeof values[i] !== 'number') return false;
  return (
    optInt(r.DimensionListItem) &&
    optStr(r.DimensionListItemDisplayName) &&
    plainAssociate(r.TargetAssociate) &&
    plainContact(r.TargetContact) &&
    plainListItem(r.TargetUserGroup) &&
    plainListItem(r.Currency)
  );
}

function keyCount(o: Obj): number {
  let n = 0;
  for (const _ in o) n++; // the cheapest count on cold code
  return n;
}

/** Structural equality of two JSON values (as JSON.parse makes them; key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Obj;
  const y = b as Obj;
  let n = 0;
  for (const k in x) {
    const v = y[k]; // JSON has no undefined: undefined means "no such key"
    if (v === undefined || !sameJson(x[k], v)) return false;
    n++;
  }
  return n === keyCount(y) && Array.isArray(a) === Array.isArray(b);
}

/**
 * Shares structurally identical values (rights objects) between rows. A group has a handful of
 * distinct rights, so each value is compared with the few seen so far, the last match first:
 * much cheaper than a string key per row. `check` runs once per distinct value.
 */
export function createRightsInterner(check: (value: unknown) => boolean = () => true) {
  const seen: unknown[] = [];
  let last: unknown = undefined;
  /** The shared copy of `value`, or null when `check` refuses it. */
  const intern = <T>(value: T): T | null => {
    if (!isObj(value)) return check(value) ? value : null;
    if (last !== undefined && sameJson(last, value)) return last as T;
    for (const v of seen)
      if (sameJson(v, value)) {
        last = v;
        return v as T;
      }
    if (!check(value)) return null;
    // Past a few dozen distinct values, rights are hardly shared: stop collecting.
    if (seen.length < 64) seen.push(value);
    last = value;
    return value;
  };
  return { intern, size: () => seen.length };
}

/**
 * Parses the TargetAssignments array (called from the group schema's transform). zod/mini's
 * transform context is the bare parse payload (no addIssue), so issues are pushed onto it.
 */
export function parseAssignmentsFast<S extends z.ZodMiniType>(
  value: unknown,
  ctx: z.core.ParsePayload,
  full: S,
): z.output<S>[] {
  if (!Array.isArray(value)) {
    ctx.issues.push({
      code: 'custom',
      message: 'Expected an array of TargetAssignment',
      input: value,
    });
    return [];
  }
  const tableRights = createRightsInterner(plainRight);
  const fieldProperties = createRightsInterner(plainFieldProperties);
  const out: z.output<S>[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    let row: Obj | null = null;
    if (isObj(raw) && plainRowFields(raw)) {
      const tr = tableRights.intern(raw.TableRight);
      const fp = tr === null ? null : fieldProperties.intern(raw.FieldProperties);
      if (tr !== null && fp !== null) {
        if (isObj(tr)) raw.TableRight = tr;
        if (isObj(fp)) raw.FieldProperties = fp;
        row = raw;
      }
    }
    if (row === null) {
      const res = full.safeParse(raw);
      if (!res.success) {
        for (const issue of res.error.issues) {
          ctx.issues.push({
            code: 'custom',
            message: issue.message,
            path: [i, ...issue.path],
            input: raw,
          });
        }
        return [];
      }
      row = res.data as Obj;
    }
    out[i] = row as z.output<S>;
  }
  return out;
}
