// Child process for the durability test: commits numbered writes as fast as it can until killed.
import { SandboxDatabase } from '../db/database.ts';

const file = process.argv[2];
const { db } = await SandboxDatabase.open(file);
db.exec(
  'CREATE TABLE IF NOT EXISTS counter (n INTEGER NOT NULL); CREATE TABLE IF NOT EXISTS log (n INTEGER NOT NULL, pad TEXT);',
);
db.transaction(() => db.run('INSERT INTO counter (n) VALUES (0)'));
process.stdout.write('ready\n');
for (let n = 1; ; n++) {
  db.transaction(() => {
    db.run('UPDATE counter SET n = ?', [n]);
    db.run('INSERT INTO log (n, pad) VALUES (?, ?)', [n, 'x'.repeat(2000)]);
  });
}
