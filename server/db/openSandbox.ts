import { SandboxDatabase } from './database.ts';
import { coreSchema } from './coreSchema.ts';
import { seedCore } from './coreSeed.ts';
import { workflowSchema, seedWorkflow } from '../agents/workflow/index.ts';
import { targetsSchema, seedTargets } from '../agents/targets/index.ts';
import { akanaSchema, seedAkana } from '../akana/index.ts';

/**
 * Opens (or creates) the sandbox database: creates missing tables and, on a new file,
 * seeds the demo data in one transaction, so a half-seeded file never exists.
 */
export async function openSandboxDatabase(
  file: string | null,
): Promise<{ db: SandboxDatabase; isNew: boolean }> {
  const opened = await SandboxDatabase.open(file);
  const { db, isNew } = opened;
  db.exec(coreSchema + workflowSchema + targetsSchema + akanaSchema);
  if (isNew) {
    db.transaction(() => {
      seedCore(db);
      seedWorkflow(db);
      seedTargets(db);
      seedAkana(db);
    });
  }
  return opened;
}
