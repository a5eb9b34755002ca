import { z } from 'zod';

// Events main sends to the renderer. Same allow-list rule as channels: only these names pass.
export const contractEvents = {
  /** Something in these domains changed; the renderer refetches what it shows of them. */
  'data.changed': z.object({ domains: z.array(z.string()) }),
  /** Someone signed in or out, or switched language. */
  'session.changed': z.object({}),
  /** A long task (backup, restore, export, import) moved on: show progress. */
  'task.progress': z.object({
    task: z.enum(['backup', 'restore', 'export', 'import']),
    step: z.string(),
    done: z.number(),
    total: z.number(),
  }),
};
export type EventName = keyof typeof contractEvents;
export type EventPayload<E extends EventName> = z.infer<(typeof contractEvents)[E]>;
export const EVENT_NAMES = Object.keys(contractEvents) as EventName[];
