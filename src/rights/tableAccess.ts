import type { RightJson } from '../api/schemas/carrier.ts';
import { parseFlags } from '../api/schemas/flags.ts';
import { readableReason } from './reason.ts';
import { TableRight, has, tableRightNames } from './rightFlags.ts';

/** What the user may do with a record (its TableRight). */
export interface TableAccess {
  /** True when the server sent no TableRight (not computed): nothing is restricted. */
  readonly unrestricted: boolean;
  readonly canSelect: boolean;
  readonly canUpdate: boolean;
  readonly canInsert: boolean;
  readonly canDelete: boolean;
  /** Some fields may be read-only/hidden even with Update: check each field. */
  readonly checkFields: boolean;
  /** Readable Reason from the server, or ''. */
  readonly reason: string;
  /** The parsed mask, and names we did not recognise (kept for diagnostics). */
  readonly mask: number;
  readonly unknownNames: readonly string[];
}

export const UNRESTRICTED_TABLE: TableAccess = Object.freeze({
  unrestricted: true,
  canSelect: true,
  canUpdate: true,
  canInsert: true,
  canDelete: true,
  checkFields: false,
  reason: '',
  mask: 15,
  unknownNames: Object.freeze([]),
});

const cache = new Map<string, TableAccess>();

/**
 * TableRight → TableAccess. null/absent, an empty mask, or "Uninitialized" mean the right was not
 * computed: no restriction (contract §2.4). A mask made only of unknown names is read as
 * Select-only: we do not hide what we cannot read, and we do not grant writes we cannot confirm.
 */
export function parseTableRight(json: RightJson | null | undefined): TableAccess {
  const raw = json?.Mask;
  if (raw === null || raw === undefined || raw === '') return UNRESTRICTED_TABLE;
  const key = `${raw}\u0000${json?.Reason ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const { value, unknown } = parseFlags(raw, tableRightNames);
  let access: TableAccess;
  if (value === TableRight.Uninitialized && unknown.length === 0) access = UNRESTRICTED_TABLE;
  else {
    const mask = value === 0 && unknown.length > 0 ? TableRight.Select : value;
    access = Object.freeze({
      unrestricted: false,
      canSelect: has(mask, TableRight.Select),
      canUpdate: has(mask, TableRight.Update),
      canInsert: has(mask, TableRight.Insert),
      canDelete: has(mask, TableRight.Delete),
      checkFields: has(mask, TableRight.Filtering) || has(mask, TableRight.RestrictedUpdate),
      reason: readableReason(json?.Reason),
      mask,
      unknownNames: Object.freeze(unknown),
    });
  }
  cache.set(key, access);
  return access;
}
