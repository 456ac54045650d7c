/** What a demo user may do; the rights in every response are computed from these. */
export type Capability =
  'workflow.edit' | 'targets.editValues' | 'targets.lock' | 'targets.admin' | 'definitions.edit';

export interface DemoUser {
  userName: string;
  fullName: string;
  associateId: number;
  capabilities: ReadonlySet<Capability>;
}

/** The demo sign-ins (password = user name). Their associate rows are seeded with these ids. */
export const demoUsers: readonly DemoUser[] = [
  {
    userName: 'admin',
    fullName: 'Ada Admin',
    associateId: 1,
    capabilities: new Set<Capability>([
      'workflow.edit',
      'targets.editValues',
      'targets.lock',
      'targets.admin',
      'definitions.edit',
    ]),
  },
  {
    userName: 'planner',
    fullName: 'Paul Planner',
    associateId: 2,
    capabilities: new Set<Capability>(['targets.editValues']),
  },
  {
    userName: 'viewer',
    fullName: 'Vera Viewer',
    associateId: 3,
    capabilities: new Set<Capability>(),
  },
];

export function findDemoUser(name: string): DemoUser | undefined {
  const n = name.trim().toLowerCase();
  return demoUsers.find((u) => u.userName === n);
}

/** Checks a sign-in: the demo password is the user name. Accepts `user@anything` as e-mail too. */
export function checkPassword(nameOrEmail: string, password: string): DemoUser | undefined {
  const user = findDemoUser(nameOrEmail.split('@')[0] ?? '');
  return user && password === user.userName ? user : undefined;
}

export const can = (user: DemoUser, capability: Capability) => user.capabilities.has(capability);
