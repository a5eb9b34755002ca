import { z } from 'zod';
import { channel } from './define';

/** Why the database could not be opened; the UI shows a screen for each, nothing is overwritten. */
export const STARTUP_PROBLEMS = ['not_shopdesk', 'newer_version', 'old_sqlite', 'unreadable'] as const;

export const appStatusSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  databasePath: z.string(),
  problem: z.object({ kind: z.enum(STARTUP_PROBLEMS), message: z.string() }).nullable(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

export const appChannels = {
  'app.status': channel({ input: z.object({}).strict(), output: appStatusSchema, role: 'public' }),
};
