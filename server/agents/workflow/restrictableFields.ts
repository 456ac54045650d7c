/**
 * The fields a goal's restriction groups can test (the sandbox's answer to SuperOffice's archive
 * column list), with the type the condition builder picks operators and value editors by.
 */
export type RestrictableFieldType = 'text' | 'number' | 'date' | 'list' | 'bool';

export interface RestrictableField {
  Name: string;
  DisplayName: string;
  Type: RestrictableFieldType;
  /** For list fields: the values, id (sent in Values) and name (DisplayValues). */
  ListItems: { Id: string; Name: string }[];
}

/** Number fields that count things: they restrict by whole numbers (RestrictionType "int"). */
const countFields = new Set(['saleCount']);

const list = (names: string[]) => names.map((Name, i) => ({ Id: String(i + 1), Name }));

export const restrictableFields: readonly RestrictableField[] = [
  {
    Name: 'personCategory',
    DisplayName: 'Category',
    Type: 'list',
    ListItems: list(['A customer', 'B customer', 'C customer', 'Prospect', 'Partner']),
  },
  {
    Name: 'personBusiness',
    DisplayName: 'Business',
    Type: 'list',
    ListItems: list(['IT', 'Finance', 'Retail', 'Manufacturing', 'Public sector']),
  },
  {
    Name: 'personCountry',
    DisplayName: 'Country',
    Type: 'list',
    ListItems: list(['Norway', 'Sweden', 'Denmark', 'Germany', 'United Kingdom', 'USA']),
  },
  {
    Name: 'formName',
    DisplayName: 'Form',
    Type: 'list',
    ListItems: list(['Newsletter sign-up', 'Webinar registration', 'Contact us', 'Trial request']),
  },
  { Name: 'saleCount', DisplayName: 'Number of sales', Type: 'number', ListItems: [] },
  { Name: 'saleAmount', DisplayName: 'Sales amount', Type: 'number', ListItems: [] },
  { Name: 'personEmail', DisplayName: 'E-mail', Type: 'text', ListItems: [] },
  { Name: 'personTitle', DisplayName: 'Job title', Type: 'text', ListItems: [] },
  { Name: 'personNoMailing', DisplayName: 'No mailings', Type: 'bool', ListItems: [] },
  { Name: 'personRegistered', DisplayName: 'Registered', Type: 'date', ListItems: [] },
  { Name: 'lastActivity', DisplayName: 'Last activity', Type: 'date', ListItems: [] },
];

/**
 * The MDO list a list field's values come from, named in its ColumnInfo's RestrictionListName as a
 * tenant names its lists ("category", "business", "country"); '' for other fields.
 */
export const restrictionListName = (f: RestrictableField) =>
  f.Type === 'list' ? f.Name.replace(/^person/, '').toLowerCase() : '';

/** ColumnInfo as SuperOffice sends it with a restriction (contract §4, ArchiveColumnInfo). */
export function columnInfoFor(f: RestrictableField) {
  return {
    DisplayName: f.DisplayName,
    DisplayTooltip: f.DisplayName,
    DisplayType: f.Type === 'list' ? 'listAny' : f.Type === 'bool' ? 'bool' : f.Type,
    CanOrderBy: true,
    Name: f.Name,
    CanRestrictBy: true,
    RestrictionType:
      f.Type === 'list'
        ? 'listAny'
        : f.Type === 'text'
          ? 'string'
          : f.Type === 'number'
            ? countFields.has(f.Name)
              ? 'int'
              : 'decimal'
            : f.Type,
    RestrictionListName: restrictionListName(f),
    IsVisible: true,
    ExtraInfo: '',
    Width: '',
    IconHint: '',
    HeadingIconHint: '',
  };
}
