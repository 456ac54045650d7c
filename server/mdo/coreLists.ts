import { mdoItem, type MdoListProvider } from './mdoList.ts';

/** Lists every agent uses: currency, associate, usergroup, targetyear. */
export const coreLists: Record<string, MdoListProvider> = {
  currency: ({ db }) =>
    db
      .all<{
        currency_id: number;
        name: string;
        tooltip: string;
        decimals: number;
        is_default: number;
      }>('SELECT * FROM currency ORDER BY currency_id')
      .map((r, i) =>
        mdoItem(r.currency_id, r.name, {
          ToolTip: r.tooltip,
          Rank: i + 1,
          // Decimals travel in ExtraInfo so the grid can round splits to the currency's smallest unit.
          ExtraInfo: `decimals=${r.decimals}${r.is_default ? ';default' : ''}`,
        }),
      ),
  usergroup: ({ db }) =>
    db
      .all<{ usergroup_id: number; name: string; tooltip: string; rank: number }>(
        'SELECT * FROM usergroup WHERE deleted = 0 ORDER BY rank',
      )
      .map((r) => mdoItem(r.usergroup_id, r.name, { ToolTip: r.tooltip, Rank: r.rank })),
  associate: ({ db }) =>
    db
      .all<{
        associate_id: number;
        name: string;
        full_name: string;
        rank: number;
        group_idx: number;
      }>('SELECT * FROM associate WHERE deleted = 0 ORDER BY full_name LIMIT 2000')
      .map((r) =>
        mdoItem(r.associate_id, r.full_name, {
          ToolTip: r.name,
          Rank: r.rank,
          ExtraInfo: `group=${r.group_idx}`,
        }),
      ),
  /** The two coming years, this year and the previous five (contract §9). */
  targetyear: () => {
    const now = new Date().getFullYear();
    const years: number[] = [];
    for (let y = now + 2; y >= now - 5; y--) years.push(y);
    return years.map((y, i) => mdoItem(y, String(y), { Rank: i + 1, Selected: y === now }));
  },
};
