import { COURIER_FAULTS } from '../../../shared/domain/attribution';

// The attribution rules of shared/domain/attribution.ts as SQL, for the queries that count in
// the database (the couriers' 90 days, the customer's verdict): the same rule, not a copy of it.

/** Whether the row's fault puts its loss on the courier (the courier's or the carrier's). */
export const courierFaultSql = (fault = 'fault') =>
  `${fault} in (${COURIER_FAULTS.map((f) => `'${f}'`).join(', ')})`;

/**
 * Whether the incident row weighs in the customer's verdict: not one by the customer's fault the
 * owner marked as not held against them (countsAgainstCustomer).
 */
export const countsAgainstCustomerSql = (alias = '') =>
  `not (${alias}fault = 'customer' and ${alias}not_held_against_customer = 1)`;
