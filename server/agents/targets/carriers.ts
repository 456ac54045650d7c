/** Nested carriers of a TargetAssignment (contract §7), lean: only what the planner reads. */
export interface OwnerRow {
  associate_id: number | null;
  a_name: string | null;
  a_full_name: string | null;
  a_group_idx: number | null;
  a_type: string | null;
  a_deleted: number | null;
  contact_id: number | null;
  c_name: string | null;
  c_department: string | null;
  usergroup_id: number | null;
  g_name: string | null;
  g_tooltip: string | null;
  g_rank: number | null;
  currency_id: number | null;
  cur_name: string | null;
  cur_tooltip: string | null;
}

export function associateJson(r: {
  associate_id: number | null;
  a_name: string | null;
  a_full_name: string | null;
  a_group_idx: number | null;
  a_type: string | null;
  a_deleted: number | null;
}) {
  if (r.associate_id === null) return null;
  return {
    AssociateId: r.associate_id,
    Name: r.a_name ?? '',
    FullName: r.a_full_name ?? '',
    GroupIdx: r.a_group_idx ?? 0,
    Type: r.a_type ?? 'InternalAssociate',
    Deleted: r.a_deleted === 1,
  };
}

export function contactJson(r: OwnerRow) {
  if (r.contact_id === null) return null;
  return { ContactId: r.contact_id, Name: r.c_name ?? '', Department: r.c_department ?? '' };
}

export function userGroupJson(r: OwnerRow) {
  if (r.usergroup_id === null) return null;
  return {
    Id: r.usergroup_id,
    Value: r.g_name ?? '',
    Tooltip: r.g_tooltip ?? '',
    Rank: r.g_rank ?? 0,
    Deleted: false,
  };
}

export function currencyJson(r: OwnerRow) {
  if (r.currency_id === null) return null;
  return { Id: r.currency_id, Value: r.cur_name ?? '', Tooltip: r.cur_tooltip ?? '' };
}
