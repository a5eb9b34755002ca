import { z } from 'zod';
import { channel } from './define';

/** Why the database could not be opened; the UI shows a screen for each, nothing is overwritten. */
export const STARTUP_PROBLEMS = ['not_shopdesk', 'newer_version', 'old_sqlite', 'unreadable'] as const;

export const appStatusSchema = z.object({
  version: z.string(),
  /**
   * Where the data lives: given to the signed-in owner, and to anyone when the database could not
   * be opened (the screen then says which file); null otherwise, so nobody learns the machine's
   * folders before signing in (issue 18.9).
   */
  dataDir: z.string().nullable(),
  databasePath: z.string().nullable(),
  problem: z.object({ kind: z.enum(STARTUP_PROBLEMS), message: z.string() }).nullable(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;
/** Core's own view of its status: the paths always known. */
export type CoreStatus = AppStatus & { dataDir: string; databasePath: string };

export const appChannels = {
  'app.status': channel({ input: z.object({}).strict(), output: appStatusSchema, role: 'public' }),
};
