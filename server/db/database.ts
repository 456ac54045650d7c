import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import initSqlJs, { type Database, type SqlValue } from 'sql.js';

export type Row = Record<string, SqlValue>;
export type Params = SqlValue[] | Record<string, SqlValue>;

const require = createRequire(import.meta.url);

/** The file's bytes; a folder or an unreadable file is named as FLOWDESK_DB's fault. */
function readDatabaseFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    throw new Error(
      `The database ${file} ${why} (${e instanceof Error ? e.message : String(e)}). ` +
        'Point FLOWDESK_DB at a file, e.g. FLOWDESK_DB=data/flowdesk.sqlite.',
      { cause: e },
    );
  }
}

/**
 * The sandbox's SQLite database (sql.js, in memory) with durable writes:
 * after every committed transaction the whole database is written to a temp file in the same
 * folder, fsynced and renamed over the real file, so a kill at any moment leaves the last
 * committed state readable.
 */
export class SandboxDatabase {
  private depth = 0;

  private constructor(
    private readonly db: Database,
    readonly file: string | null,
  ) {}

  /** Opens `file` (or an in-memory database when null). `isNew` tells whether it had to be created. */
  static async open(file: string | null): Promise<{ db: SandboxDatabase; isNew: boolean }> {
    const SQL = await initSqlJs({
      locateFile: (name: string) => require.resolve(`sql.js/dist/${name}`),
    });
    // An empty file (made by `touch`, or by a volume mount) holds no database yet: a new one.
    const read = file && fs.existsSync(file) ? readDatabaseFile(file) : null;
    const existing = read?.length ? read : null;
    let sqlite: Database;
    try {
      sqlite = existing ? new SQL.Database(existing) : new SQL.Database();
      sqlite.exec('PRAGMA schema_version');
    } catch (e) {
      throw new Error(
        `${file} is not a SQLite database (${e instanceof Error ? e.message : String(e)}). ` +
          'Point FLOWDESK_DB at another file, or move this one away to start with a new, seeded one.',
        { cause: e },
      );
    }
    const db = new SandboxDatabase(sqlite, file);
    db.db.exec('PRAGMA foreign_keys = ON');
    return { db, isNew: !existing };
  }

  all<T = Row>(sql: string, params: Params = []): T[] {
    const stmt = this.db.prepare(sql);
    try {
      stmt.bind(params);
      const rows: T[] = [];
      while (stmt.step()) rows.push(stmt.getAsObject() as T);
      return rows;
    } finally {
      stmt.free();
    }
  }

  get<T = Row>(sql: string, params: Params = []): T | undefined {
    return this.all<T>(sql, params)[0];
  }

  /** Runs a statement; returns the last inserted rowid. */
  run(sql: string, params: Params = []): number {
    this.db.run(sql, params);
    const r = this.db.exec('SELECT last_insert_rowid()');
    return Number(r[0]?.values[0]?.[0] ?? 0);
  }

  /** Runs many rows through one prepared statement (fast bulk insert). */
  runMany(sql: string, rows: Params[]): void {
    const stmt = this.db.prepare(sql);
    try {
      for (const r of rows) stmt.run(r);
    } finally {
      stmt.free();
    }
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  /**
   * Runs `fn` in a transaction. On success the transaction commits and the file is replaced
   * atomically; on a throw everything rolls back and the file is untouched. Nested calls join
   * the outer transaction.
   */
  transaction<T>(fn: () => T): T {
    if (this.depth > 0) {
      this.depth++;
      try {
        return fn();
      } finally {
        this.depth--;
      }
    }
    this.db.exec('BEGIN');
    this.depth = 1;
    try {
      const result = fn();
      this.db.exec('COMMIT');
      this.depth = 0;
      this.persist();
      return result;
    } catch (e) {
      this.depth = 0;
      this.db.exec('ROLLBACK');
      throw e;
    }
  }

  /** Writes the database to its file by atomic replace (temp file, fsync, rename, fsync dir). */
  persist(): void {
    if (!this.file) return;
    const dir = path.dirname(this.file);
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${this.file}.tmp-${process.pid}`;
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, this.db.export());
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
    try {
      const dfd = fs.openSync(dir, 'r');
      fs.fsyncSync(dfd);
      fs.closeSync(dfd);
    } catch {
      // Some file systems refuse fsync on a directory; the rename itself is still atomic.
    }
  }

  close(): void {
    this.db.close();
  }
}
