import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_PREFIX, PARTIAL_SUFFIX } from './manifest';
import { dataTempDir } from './store';

/**
 * At startup, before anything runs: what a crash or a power cut left behind in the middle of a
 * backup or a restore. Half-written backup folders (`….partial`), the temp place's plain copies
 * and checked copies, and a restore's incoming file. In the owner's backup folder and in the
 * default one (where the backup before an update goes when the owner's cannot be written). Nothing here is anybody's data: a backup is
 * only a backup once renamed, and the live database is never in the temp place.
 */
export function sweepLeftovers(dataDir: string, backupDirs: string[], databasePath: string): void {
  rmSync(dataTempDir(dataDir), { recursive: true, force: true });
  rmSync(`${databasePath}.restoring`, { force: true });
  for (const folder of new Set(backupDirs)) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      if (name.startsWith(BACKUP_PREFIX) && name.endsWith(PARTIAL_SUFFIX))
        rmSync(join(folder, name), { recursive: true, force: true });
    }
  }
}
