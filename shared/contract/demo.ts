import { z } from 'zod';
import { channel } from './define';

export const demoSummarySchema = z.object({
  couriers: z.number().int(),
  customers: z.number().int(),
  orders: z.number().int(),
  incidents: z.number().int(),
  blocklistEntries: z.number().int(),
});
export type DemoSummary = z.infer<typeof demoSummarySchema>;

export const demoChannels = {
  /** Fills an empty database with the demo shop. Refused (CONFLICT) once real data exists. */
  'demo.load': channel({
    input: z.object({ seed: z.number().int().optional() }).strict(),
    output: demoSummarySchema,
    role: 'owner',
  }),
  /** Whether the demo shop is loaded (the marker) and whether the shop holds any data at all. */
  'demo.status': channel({
    input: z.object({}).strict(),
    output: z.object({
      /** When the demo shop was loaded, while it has not been cleared since; null otherwise. */
      loadedAt: z.number().int().nullable(),
      /** Customers, orders or couriers exist: "Load demo data" is refused. */
      hasData: z.boolean(),
    }),
    role: 'operator',
  }),
  /**
   * Back to an empty shop in one step: a backup first (named in the answer and the audit log),
   * then every customer, order, incident, courier and blocklist entry goes; staff, settings and
   * the audit log stay. Refused (CONFLICT) when the demo shop is not loaded.
   */
  'demo.clear': channel({
    input: z.object({}).strict(),
    output: z.object({ backupName: z.string() }),
    role: 'owner',
  }),
};
