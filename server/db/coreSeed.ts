import type { SandboxDatabase } from './database.ts';
import { demoUsers } from '../auth/users.ts';

export const OWNER_CONTACT_ID = 1;

export const seedUserGroups = [
  { id: 1, name: 'Sales Nordics', tooltip: 'Field sales, Norway, Sweden, Denmark and Finland' },
  { id: 2, name: 'Sales DACH', tooltip: 'Field sales, Germany, Austria and Switzerland' },
  { id: 3, name: 'Key Accounts', tooltip: 'Strategic customers' },
  { id: 4, name: 'Inside Sales', tooltip: 'Phone and web sales' },
] as const;

export const seedCurrencies = [
  { id: 1, name: 'NOK', tooltip: 'Norwegian krone', decimals: 2, isDefault: 1 },
  { id: 2, name: 'EUR', tooltip: 'Euro', decimals: 2, isDefault: 0 },
  { id: 3, name: 'SEK', tooltip: 'Swedish krona', decimals: 2, isDefault: 0 },
  { id: 4, name: 'USD', tooltip: 'US dollar', decimals: 2, isDefault: 0 },
  { id: 5, name: 'JPY', tooltip: 'Japanese yen', decimals: 0, isDefault: 0 },
] as const;

const salesPeople = [
  'Nora Berg',
  'Lars Holm',
  'Ingrid Dahl',
  'Erik Lund',
  'Sofie Strand',
  'Mats Aas',
  'Klaus Weber',
  'Anna Fischer',
  'Jonas Keller',
  'Lena Wolf',
  'Felix Braun',
  'Mia Schulz',
  'Olivia Grant',
  'Henry Shaw',
  'Grace Kim',
  'Samuel Ortiz',
  'Chloe Martin',
  'Leo Russo',
  'Maja Nyberg',
  'Oskar Lind',
  'Ella Sand',
  'Noah Vik',
  'Alma Fjeld',
  'Theo Moen',
];

/** Company, currencies, user groups, the demo users and 24 sales people spread over the groups. */
export function seedCore(db: SandboxDatabase): void {
  db.run('INSERT INTO contact (contact_id, name, department, is_owner) VALUES (?, ?, ?, 1)', [
    OWNER_CONTACT_ID,
    'Flowdesk Demo AS',
    'Head office',
  ]);
  for (const c of seedCurrencies) {
    db.run('INSERT INTO currency VALUES (?, ?, ?, ?, ?)', [
      c.id,
      c.name,
      c.tooltip,
      c.decimals,
      c.isDefault,
    ]);
  }
  seedUserGroups.forEach((g, i) =>
    db.run('INSERT INTO usergroup (usergroup_id, name, tooltip, rank) VALUES (?, ?, ?, ?)', [
      g.id,
      g.name,
      g.tooltip,
      i + 1,
    ]),
  );
  for (const u of demoUsers) {
    db.run(
      'INSERT INTO associate (associate_id, name, full_name, user_name, person_id, rank, group_idx) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [
        u.associateId,
        u.userName.toUpperCase(),
        u.fullName,
        u.userName,
        100 + u.associateId,
        u.associateId,
        0,
      ],
    );
  }
  salesPeople.forEach((full, i) => {
    const id = 10 + i;
    const initials = full
      .split(' ')
      .map((p) => p.slice(0, 2).toUpperCase())
      .join('');
    db.run(
      'INSERT INTO associate (associate_id, name, full_name, user_name, person_id, rank, group_idx) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [
        id,
        initials,
        full,
        initials.toLowerCase(),
        100 + id,
        i + 1,
        seedUserGroups[i % seedUserGroups.length].id,
      ],
    );
  });
}
