// PLACEHOLDER until the demo generator lands (being written now); see issue 2.
import type { DemoSummary } from '../../../shared/contract/demo';
import type { Db } from '../db/open';

export interface DemoOptions {
  seed: number;
  customers: number;
  orders: number;
  incidents: number;
  now: number;
  staffId: number;
}

export const DEMO_SIZES = {
  small: { customers: 400, orders: 3000, incidents: 300 },
  bench: { customers: 200_000, orders: 1_000_000, incidents: 100_000 },
} as const;

export function generateDemoShop(_db: Db, _options: DemoOptions): DemoSummary {
  throw new Error('not implemented yet');
}
