import type { SandboxDatabase } from '../../db/database.ts';
import type { AgentCall } from '../../http/agent.ts';
import {
  associateJson,
  contactJson,
  currencyJson,
  userGroupJson,
  type OwnerRow,
} from './carriers.ts';
import { withRights } from './load.ts';
import { assignmentRightsFactory } from './rights.ts';

const noOwner: OwnerRow = {
  associate_id: null,
  a_name: null,
  a_full_name: null,
  a_group_idx: null,
  a_type: null,
  a_deleted: null,
  contact_id: null,
  c_name: null,
  c_department: null,
  usergroup_id: null,
  g_name: null,
  g_tooltip: null,
  g_rank: null,
  currency_id: null,
  cur_name: null,
  cur_tooltip: null,
};

type CurrencyPart = Pick<OwnerRow, 'currency_id' | 'cur_name' | 'cur_tooltip'>;

const defaultCurrency = (db: SandboxDatabase): CurrencyPart =>
  db.get<CurrencyPart>(
    'SELECT currency_id, name AS cur_name, tooltip AS cur_tooltip FROM currency ORDER BY is_default DESC, currency_id LIMIT 1',
  ) ?? { currency_id: null, cur_name: null, cur_tooltip: null };

/** Owners of new rows: the owner company, user groups (by rank) and each group's users. */
export function companyOwner(db: SandboxDatabase): OwnerRow[] {
  return db
    .all<Pick<OwnerRow, 'contact_id' | 'c_name' | 'c_department'>>(
      'SELECT contact_id, name AS c_name, department AS c_department FROM contact WHERE is_owner = 1 ORDER BY contact_id LIMIT 1',
    )
    .map((c) => ({ ...noOwner, ...defaultCurrency(db), ...c }));
}

export function groupOwners(
  db: SandboxDatabase,
  groupId: number | null,
  withUsers: boolean,
): OwnerRow[] {
  const currency = defaultCurrency(db);
  const groups = db.all<Pick<OwnerRow, 'usergroup_id' | 'g_name' | 'g_tooltip' | 'g_rank'>>(
    `SELECT usergroup_id, name AS g_name, tooltip AS g_tooltip, rank AS g_rank FROM usergroup
     WHERE deleted = 0 AND (? IS NULL OR usergroup_id = ?) ORDER BY rank`,
    [groupId, groupId],
  );
  const out: OwnerRow[] = [];
  for (const g of groups) {
    out.push({ ...noOwner, ...currency, ...g });
    if (!withUsers) continue;
    const users = db.all<
      Pick<
        OwnerRow,
        'associate_id' | 'a_name' | 'a_full_name' | 'a_group_idx' | 'a_type' | 'a_deleted'
      >
    >(
      `SELECT associate_id, name AS a_name, full_name AS a_full_name, group_idx AS a_group_idx, type AS a_type, deleted AS a_deleted
       FROM associate WHERE deleted = 0 AND group_idx = ? ORDER BY full_name`,
      [g.usergroup_id],
    );
    for (const u of users) out.push({ ...noOwner, ...u });
  }
  return out;
}

/** New (id 0) TargetAssignment carriers at 0 for the owners given, one per dimension item. */
export function defaultAssignments(
  call: AgentCall,
  owners: OwnerRow[],
  count: number,
  dimensionItems: number[] = [0],
) {
  const rightsFor = assignmentRightsFactory(call);
  return owners.flatMap((o) =>
    dimensionItems.map((item) => {
      const stored = {
        TargetAssignmentInfoId: 0,
        Values: new Array<number>(count).fill(0),
        Locked: false,
        TargetAssociate: associateJson(o),
        TargetContact: contactJson(o),
        TargetUserGroup: userGroupJson(o),
        Currency: currencyJson(o),
        DimensionListItem: item,
      };
      return withRights(stored, rightsFor);
    }),
  );
}

/** An owner-less row in the default currency (CreateDefaultTargetAssignment: the caller sets the owner). */
export const blankOwner = (db: SandboxDatabase): OwnerRow => ({
  ...noOwner,
  ...defaultCurrency(db),
});
