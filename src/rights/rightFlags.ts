/** ETableRight bits (contract §2.2). */
export const TableRight = {
  None: 0,
  Select: 1,
  Update: 2,
  Insert: 4,
  Delete: 8,
  Filtering: 16,
  RestrictedUpdate: 32,
  Unused1: 64,
  Uninitialized: 128,
} as const;

/** Every name a TableRight mask may use: the bits, their aliases and the named combinations. */
export const tableRightNames: Readonly<Record<string, number>> = {
  ...TableRight,
  R: TableRight.Select,
  F: TableRight.Filtering,
  UR: 3,
  RI: 5,
  URI: 7,
  UDR: 11,
  FULL: 15,
  RF: 17,
  FI: 20,
};

/** EFieldRight bits (contract §2.3). */
export const FieldRight = {
  None: 0,
  Read: 1,
  Write: 2,
  Nullable: 32,
  UIHintMandatory: 64,
  UIHintReadOnly: 128,
  UndefinedValue256: 256,
} as const;

/** Every name a FieldRight mask may use. FULL has no documented number; it means Read|Write (§12). */
export const fieldRightNames: Readonly<Record<string, number>> = {
  ...FieldRight,
  Update: 3,
  FULL: 3,
  Unused1: 4,
  Unused2: 8,
  Unused3: 16,
  Unused4: 32,
  UIHints: 192,
};

export const has = (mask: number, bits: number) => (mask & bits) === bits;
