import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSandboxDatabase } from './openSandbox.ts';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'flowdesk-open-'));

describe('opening FLOWDESK_DB', () => {
  it('creates and seeds a database in an empty file, as in a missing one', async () => {
    const file = path.join(tempDir(), 'flowdesk.sqlite');
    fs.writeFileSync(file, '');
    const { db, isNew } = await openSandboxDatabase(file);
    expect(isNew).toBe(true);
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM usergroup')!.n).toBeGreaterThan(2);
    db.close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });

  it('names a file that is not a database and says what to do', async () => {
    const file = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(file, 'hello, this is not SQLite');
    await expect(openSandboxDatabase(file)).rejects.toThrow(
      `${file} is not a SQLite database (file is not a database). Point FLOWDESK_DB at another ` +
        'file, or move this one away to start with a new, seeded one.',
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('hello, this is not SQLite');
  });

  it('names a folder given as the database', async () => {
    const dir = tempDir();
    await expect(openSandboxDatabase(dir)).rejects.toThrow(
      new RegExp(`^The database ${dir} is a folder .*Point FLOWDESK_DB at a file`),
    );
  });
});
