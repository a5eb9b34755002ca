import { addDays } from './dates';
import type { PaymentMethod, PaymentStatus } from './enums';

// Scenario 2: a personal cheque is money only once it has cleared. Until then the order is held:
// it is not planned, not handed to a courier, and no document calls it paid.

/** A cheque order whose money has not arrived: paid means cleared. */
export const awaitingCheque = (method: PaymentMethod, status: PaymentStatus): boolean =>
  method === 'cheque' && status !== 'paid';

/** The day a cheque received on `receivedOn` is expected to clear. */
export const chequeClearsOn = (receivedOn: string, clearanceDays: number): string =>
  addDays(receivedOn, clearanceDays);
