import { z } from 'zod';

// Risk signals (DESIGN §5): each says which rule fired, how serious it is, and the numbers that
// fired it, so the operator can tell the customer why. The UI words them from `rule` + `facts`;
// `message` is the English wording for logs and tests.

export const RISK_LEVELS = ['block', 'prepayment', 'verify', 'caution', 'info'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_RULES = [
  'blocklist',
  'cod_new_customer',
  'low_buyout',
  'customer_fault_incidents',
  'refused_parcels',
  'high_value',
  'cheque',
  'do_not_call',
  'outside_call_hours',
] as const;
export type RiskRule = (typeof RISK_RULES)[number];

export const riskSignalSchema = z.object({
  rule: z.enum(RISK_RULES),
  level: z.enum(RISK_LEVELS),
  message: z.string(),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type RiskSignal = z.infer<typeof riskSignalSchema>;

/** The call desk's one-word answer, most serious first. */
export const VERDICTS = ['blocked', 'prepayment', 'caution', 'vip', 'regular', 'new'] as const;
export type Verdict = (typeof VERDICTS)[number];
