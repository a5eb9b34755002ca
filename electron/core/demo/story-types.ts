import type { IncidentCause } from '../../../shared/domain/enums';
import type { Channel, CostLine, Fault, Resolution } from './incident-causes';
import type { IncidentStatus } from './incidents';
import type { Region } from './names';
import type { ExtraCall, Outcome } from './order-plan';

// The shape of a scenario character (stories-*.ts): the orders, calls, incidents and blocklist
// entries their story left behind. Days are counted back from today.

export interface StoryOrder {
  tag: string;
  daysAgo: number;
  minute?: number;
  /** Placed this many minutes before now (overrides daysAgo and minute). */
  minutesAgo?: number;
  agreedAhead?: boolean;
  awaitingReschedule?: boolean;
  /** [sku, quantity, price in roubles when it differs from the catalogue] */
  items: [string, number, number?][];
  method: number;
  payment: number;
  outcome: Outcome;
  lead?: number;
  missed?: { outcome: 'not_at_home' | 'rescheduled' | 'failed'; note: string }[];
  checked?: 'yes' | 'refused' | 'unknown';
  comment?: string;
  weightG?: number;
  /** Calls around the order; `day` counts from the order day. */
  calls?: (Omit<ExtraCall, 'day'> & { day: number })[];
}

export interface StoryIncident {
  cause: IncidentCause;
  order?: string;
  daysAgo?: number;
  channel: Channel;
  fault: Fault;
  status: IncidentStatus;
  resolution?: Resolution;
  says: string;
  promised: string;
  description: string;
  /** Explicit money lines; without them the cause's usual lines apply. */
  costs?: CostLine[];
  weightG?: number;
}

export interface StoryBlock {
  kind: 'phone' | 'email' | 'address' | 'name';
  action: 'block' | 'prepayment' | 'caution';
  reason: string;
  daysAgo: number;
  lifted?: { daysAgo: number; reason: string };
}

export interface Story {
  name: string;
  sex: 'female' | 'male';
  region: Region;
  address?: string;
  landline?: boolean;
  vip?: boolean;
  caution?: boolean;
  doubtful?: boolean;
  doNotCall?: boolean;
  callHours?: [string, string];
  preferredCourier?: number;
  deliveryNotes?: string;
  staffNotes?: string[];
  behavior: number;
  orders: StoryOrder[];
  incidents: StoryIncident[];
  blocks: StoryBlock[];
}

export const series = <T>(n: number, make: (k: number) => T): T[] =>
  Array.from({ length: n }, (_, k) => make(k));
