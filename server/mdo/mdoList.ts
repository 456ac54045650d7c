import type { AgentCall } from '../http/agent.ts';

/** One item of `GET /api/v1/MDOList/{name}` (SuperOffice's MDOListItem). */
export interface MdoListItem {
  Id: number;
  Name: string;
  ToolTip: string;
  Deleted: boolean;
  Rank: number;
  Type: string;
  ColorBlock: number;
  IconHint: string;
  Selected: boolean;
  LastChanged: string;
  ChildItems: MdoListItem[];
  ExtraInfo: string;
  StyleHint: string;
  Hidden: boolean;
  FullName: string;
}

export type MdoListProvider = (call: Omit<AgentCall, 'args'>) => MdoListItem[];

export function mdoItem(id: number, name: string, extra: Partial<MdoListItem> = {}): MdoListItem {
  return {
    Id: id,
    Name: name,
    ToolTip: '',
    Deleted: false,
    Rank: id,
    Type: '',
    ColorBlock: 0,
    IconHint: '',
    Selected: false,
    LastChanged: '',
    ChildItems: [],
    ExtraInfo: '',
    StyleHint: '',
    Hidden: false,
    FullName: name,
    ...extra,
  };
}
