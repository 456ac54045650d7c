import crypto from 'node:crypto';
import type { SandboxDatabase } from '../db/database.ts';

export type CredentialKind = 'ticket' | 'bearer' | 'cookie' | 'akana';

export interface Session {
  token: string;
  kind: CredentialKind;
  userName: string;
  /** The value the matching XSRF / CSRF header must carry. */
  xsrf: string;
}

const random = (bytes = 24) => crypto.randomBytes(bytes).toString('base64url');

/** Issued credentials, kept in the database so a restart of the sandbox keeps people signed in. */
export class SessionStore {
  constructor(private readonly db: SandboxDatabase) {}

  issue(kind: CredentialKind, userName: string): Session {
    const prefix = kind === 'ticket' ? '7T:' : kind === 'bearer' ? '8A:' : 'TokenID=';
    const s: Session = { token: prefix + random(), kind, userName, xsrf: random(18) };
    this.db.transaction(() =>
      this.db.run(
        'INSERT INTO sandbox_session (token, kind, user_name, xsrf, created) VALUES (?, ?, ?, ?, ?)',
        [s.token, s.kind, s.userName, s.xsrf, new Date().toISOString()],
      ),
    );
    return s;
  }

  find(token: string, kind: CredentialKind): Session | undefined {
    const row = this.db.get<{
      token: string;
      kind: CredentialKind;
      user_name: string;
      xsrf: string;
    }>('SELECT token, kind, user_name, xsrf FROM sandbox_session WHERE token = ? AND kind = ?', [
      token,
      kind,
    ]);
    return row && { token: row.token, kind: row.kind, userName: row.user_name, xsrf: row.xsrf };
  }

  revoke(token: string): void {
    this.db.transaction(() => this.db.run('DELETE FROM sandbox_session WHERE token = ?', [token]));
  }
}
