import { mdoItem, type MdoListItem, type MdoListProvider } from '../../mdo/mdoList.ts';
import type { EnumEntry } from '../workflow/enums.ts';
import type { DimensionRow } from './dimensions.ts';
import { entityTypes, measurementUnits, periodTypes } from './enums.ts';

/** An enum as an MDO list: Id = the number, Name = the UI text, ExtraInfo = the enum name. */
const enumList = (entries: readonly EnumEntry[]): MdoListItem[] =>
  entries
    .filter((e) => e.name !== 'None')
    .map((e, i) => mdoItem(e.id, e.text, { Rank: i + 1, ExtraInfo: e.name, ToolTip: e.name }));

/** MDO lists of the Targets agent (contract §9). */
export const targetsLists: Record<string, MdoListProvider> = {
  targetentitytype: () => enumList(entityTypes),
  targetmeasurementunit: () => enumList(measurementUnits),
  targetperiodtype: () => enumList(periodTypes),
  /** Target types (dimensions): Name "All sales – Amount"; ExtraInfo = the unit. */
  targettypes: ({ db }) =>
    db
      .all<DimensionRow>(
        'SELECT * FROM target_dimension ORDER BY is_default DESC, target_dimension_id',
      )
      .map((d, i) =>
        mdoItem(
          d.target_dimension_id,
          `${d.dimension_list_label || 'All sales'} – ${d.measurement_unit}`,
          {
            Rank: i + 1,
            ExtraInfo: d.measurement_unit,
            ToolTip: d.dimension_list_field,
            Selected: d.is_default === 1,
          },
        ),
      ),
};
