import { z } from 'zod';

/**
 * The largest amount one field takes: 10,000,000 in the main unit (RUB 10 million, $10 million),
 * in minor units. Far above any order of a small shop, and low enough that a million such
 * amounts still sum exactly in a double (1e15 < 2^53): no report can overflow (issue 18.9).
 */
export const MAX_AMOUNT = 1_000_000_000;
export const MAX_AMOUNT_MESSAGE = 'At most 10,000,000 in one amount';

/** An amount a person enters, in minor units: whole, not below zero, within MAX_AMOUNT. */
// The maximum is checked first: an absurd amount (2^53) is named as too large, not as "not whole".
export const amountInput = z
  .number()
  .max(MAX_AMOUNT, MAX_AMOUNT_MESSAGE)
  .int('Whole minor units only (kopecks, cents)')
  .min(0, 'Not below zero');

/** An amount that must be above zero (a cost line, a refund). */
export const positiveAmountInput = z
  .number()
  .max(MAX_AMOUNT, MAX_AMOUNT_MESSAGE)
  .int('Whole minor units only (kopecks, cents)')
  .positive('Enter an amount above zero');
