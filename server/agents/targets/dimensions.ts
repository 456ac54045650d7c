import type { SandboxDatabase } from '../../db/database.ts';
import { NO_CONTENT, type AgentCall, type AgentMethod } from '../../http/agent.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import { array, enumValue, int, parseJson, prop, text, type Json } from '../workflow/input.ts';
import { entityTypes, formatLevel, measurementUnits, parseLevel } from './enums.ts';
import { invalidateGroup, updatedStamp } from './load.ts';
import { dimensionRights, requireTargetsAdmin } from './rights.ts';

export interface DimensionRow {
  target_dimension_id: number;
  entity_type: string;
  assignment_level: number;
  measurement_unit: string;
  dimension_list_field: string;
  dimension_list_name: string;
  dimension_list_id: number;
  dimension_list_label: string;
  selected_dimensions: string;
  is_default: number;
}

export const loadDimension = (db: SandboxDatabase, id: number) =>
  db.get<DimensionRow>('SELECT * FROM target_dimension WHERE target_dimension_id = ?', [id]);

export const defaultDimensionId = (db: SandboxDatabase): number | null =>
  db.get<{ id: number }>(
    'SELECT target_dimension_id AS id FROM target_dimension ORDER BY is_default DESC, target_dimension_id LIMIT 1',
  )?.id ?? null;

export function dimensionJson(call: AgentCall, d: DimensionRow) {
  return {
    TargetDimensionId: d.target_dimension_id,
    AssignmentLevel: formatLevel(d.assignment_level),
    EntityType: d.entity_type,
    MeasurementUnit: d.measurement_unit,
    DimensionListField: d.dimension_list_field,
    DimensionListName: d.dimension_list_name,
    DimensionListId: d.dimension_list_id,
    DimensionListLabel: d.dimension_list_label,
    SelectedDimensions: parseJson<number[]>(d.selected_dimensions, []),
    ...dimensionRights(call, d.target_dimension_id > 0),
  };
}

const newDimension: DimensionRow = {
  target_dimension_id: 0,
  entity_type: 'Sale',
  assignment_level: 7,
  measurement_unit: 'Amount',
  dimension_list_field: '',
  dimension_list_name: '',
  dimension_list_id: 0,
  dimension_list_label: '',
  selected_dimensions: '[]',
  is_default: 0,
};

function saveDimension(call: AgentCall) {
  requireTargetsAdmin(call, 'target types');
  const body: Json = call.args.entity();
  const id = int(body, 'TargetDimensionId', 'TargetDimensionId');
  const existing = id ? loadDimension(call.db, id) : undefined;
  if (id && !existing) throw notFound('TargetDimension', id);
  const base = existing ?? newDimension;
  const entityType = enumValue(body, 'EntityType', 'EntityType', entityTypes, base.entity_type);
  const unit = enumValue(
    body,
    'MeasurementUnit',
    'MeasurementUnit',
    measurementUnits,
    base.measurement_unit,
  );
  const listField = text(
    body,
    'DimensionListField',
    'DimensionListField',
    254,
    base.dimension_list_field,
  );
  if (existing) {
    // Type and unit cannot be changed after saving (contract §9).
    if (entityType !== existing.entity_type)
      throw badRequest('EntityType cannot be changed after saving', 'EntityType');
    if (unit !== existing.measurement_unit)
      throw badRequest('MeasurementUnit cannot be changed after saving', 'MeasurementUnit');
    if (listField !== existing.dimension_list_field)
      throw badRequest('DimensionListField cannot be changed after saving', 'DimensionListField');
  }
  const rawLevel = prop(body, 'AssignmentLevel');
  const level =
    rawLevel === undefined || rawLevel === null ? base.assignment_level : parseLevel(rawLevel);
  if (level === undefined)
    throw badRequest(
      `AssignmentLevel: '${String(rawLevel)}' is not a known value`,
      'AssignmentLevel',
    );
  const selected =
    array(body, 'SelectedDimensions', 'SelectedDimensions') ??
    parseJson<number[]>(base.selected_dimensions, []);
  if (selected.some((s) => typeof s !== 'number' || !Number.isInteger(s))) {
    throw badRequest('SelectedDimensions must be a list of whole numbers', 'SelectedDimensions');
  }
  const values = [
    entityType,
    level,
    unit,
    listField,
    text(body, 'DimensionListName', 'DimensionListName', 254, base.dimension_list_name),
    int(body, 'DimensionListId', 'DimensionListId', base.dimension_list_id),
    text(body, 'DimensionListLabel', 'DimensionListLabel', 254, base.dimension_list_label),
    JSON.stringify(selected),
  ];
  const savedId = call.db.transaction(() => {
    if (existing) {
      call.db.run(
        `UPDATE target_dimension SET entity_type = ?, assignment_level = ?, measurement_unit = ?, dimension_list_field = ?,
         dimension_list_name = ?, dimension_list_id = ?, dimension_list_label = ?, selected_dimensions = ? WHERE target_dimension_id = ?`,
        [...values, id],
      );
      // Groups embed their dimension: a new stamp keeps cached group responses from going stale.
      call.db.run('UPDATE target_group SET updated = ? WHERE target_dimension_id = ?', [
        updatedStamp(),
        id,
      ]);
      return id;
    }
    return call.db.run(
      `INSERT INTO target_dimension (entity_type, assignment_level, measurement_unit, dimension_list_field,
       dimension_list_name, dimension_list_id, dimension_list_label, selected_dimensions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      values,
    );
  });
  return dimensionJson(call, loadDimension(call.db, savedId)!);
}

export const dimensionMethods: Record<string, AgentMethod> = {
  CreateDefaultTargetDimension: (call) => dimensionJson(call, newDimension),
  GetTargetDimension: (call) => {
    const id = call.args.int('TargetDimensionId');
    const d = loadDimension(call.db, id);
    if (!d) throw notFound('TargetDimension', id);
    return dimensionJson(call, d);
  },
  GetTargetDimensionsForEntityType: (call) => {
    const entityType = call.args.has('EntityType')
      ? enumValue(
          { EntityType: call.args.raw('EntityType') },
          'EntityType',
          'EntityType',
          entityTypes,
          'Sale',
        )
      : 'Sale';
    return call.db
      .all<DimensionRow>(
        'SELECT * FROM target_dimension WHERE entity_type = ? ORDER BY is_default DESC, target_dimension_id',
        [entityType],
      )
      .map((d) => dimensionJson(call, d));
  },
  SaveTargetDimension: saveDimension,
  DeleteTargetDimension: (call) => {
    requireTargetsAdmin(call, 'target types');
    const id = call.args.int('TargetDimensionId');
    const d = loadDimension(call.db, id);
    if (!d) throw notFound('TargetDimension', id);
    if (d.is_default)
      throw badRequest('The default target type cannot be deleted', 'TargetDimensionId');
    // Deleting a type deletes its data for all years (contract §9): groups cascade.
    call.db.transaction(() => {
      call.db.run('DELETE FROM target_dimension WHERE target_dimension_id = ?', [id]);
      invalidateGroup(call.db);
    });
    return NO_CONTENT;
  },
};
