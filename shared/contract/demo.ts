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
};
