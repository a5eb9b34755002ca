import type { TFunction } from 'i18next';
import type { ChannelInput } from '../../../../shared/contract';
import { isIsoDate } from '../../../../shared/domain/dates';
import type { CostKind, IncidentCause, RESOLUTIONS } from '../../../../shared/domain/enums';
import { parseMoney } from '../../../../shared/domain/money';
import type { Channel, Fault } from './codes';
import type { PickedCustomer } from './CustomerSelect';
import { fromLocalInput } from './follow-up';

// The logging form keeps what was typed (text) until save; amounts become minor units through
// parseMoney, the follow-up an instant in the shop's zone. Field names are the contract's, so
// main's issues ("costs.0.amount", "followUpDue") land beside the same fields.

export interface CostDraft {
  key: number;
  kind: CostKind;
  amount: string;
  note: string;
}

export interface LogDraft {
  cause: IncidentCause | null;
  channel: Channel;
  customer: PickedCustomer | null;
  orderId: number | null;
  /** Set by hand; until then the order's courier is taken. */
  courierId: number | null;
  courierTouched: boolean;
  /** Set by hand; until then suggestFault's (carrier for a post loss). */
  fault: Fault;
  faultTouched?: boolean;
  happenedOn: string;
  customerSays: string;
  promised: string;
  /** datetime-local text; until changed by hand the suggestion is shown. */
  followUp: string;
  followUpTouched: boolean;
  costs: CostDraft[];
  /** As typed; core keeps it trimmed and upper-case. */
  promoCode: string;
  /** Settled on the call with this resolution: saved resolved, with no follow-up. */
  settled: (typeof RESOLUTIONS)[number] | null;
}

export type LogErrors = Record<string, string>;
type CreateInput = ChannelInput<'incidents.create'>;

interface Context {
  currency: string;
  timeZone: string;
  now: number;
  /** What the form shows for the derived fields. */
  courierId: number | null;
  followUp: string;
}

/** The create input, or the problems found before asking main. */
export function toCreateInput(
  draft: LogDraft,
  ctx: Context,
  t: TFunction,
): { input: CreateInput; errors: null } | { input: null; errors: LogErrors } {
  const errors: LogErrors = {};
  if (!draft.cause) errors.cause = t('incidents.form.pickCause');
  if (!isIsoDate(draft.happenedOn)) errors.happenedOn = t('incidents.form.badDate');
  let followUpDue: number | null = null;
  if (draft.settled === null && ctx.followUp.trim() !== '') {
    followUpDue = fromLocalInput(ctx.followUp, ctx.timeZone);
    if (followUpDue === null) errors.followUpDue = t('incidents.form.badFollowUp');
    else if (followUpDue <= ctx.now) errors.followUpDue = t('incidents.form.pastFollowUp');
  }
  const costs = draft.costs.map((line, index) => {
    const amount = parseMoney(line.amount, ctx.currency);
    if (amount === null || amount <= 0) errors[`costs.${index}.amount`] = t('validation.amount');
    return { kind: line.kind, amount: amount ?? 0, note: line.note.trim() };
  });
  if (Object.keys(errors).length > 0 || !draft.cause) return { input: null, errors };
  return {
    errors: null,
    input: {
      cause: draft.cause,
      channel: draft.channel,
      fault: draft.fault,
      happenedOn: draft.happenedOn,
      customerId: draft.customer?.id ?? null,
      orderId: draft.orderId,
      courierId: ctx.courierId,
      customerSays: draft.customerSays.trim(),
      promised: draft.promised.trim(),
      followUpDue,
      costs,
      promoCode: draft.promoCode.trim() === '' ? null : draft.promoCode,
      ...(draft.settled === null ? {} : { settledOnCall: draft.settled }),
    },
  };
}

/** What the typed cost lines add up to, in minor units (lines not yet readable count 0). */
export function costTotals(
  lines: readonly CostDraft[],
  currency: string,
): { costs: number; recovered: number } {
  let costs = 0;
  let recovered = 0;
  for (const line of lines) {
    const amount = parseMoney(line.amount, currency) ?? 0;
    if (amount <= 0) continue;
    if (line.kind === 'recovery') recovered += amount;
    else costs += amount;
  }
  return { costs, recovered };
}

/** A field of this form, by main's issue path. */
export function isLogField(path: string): boolean {
  return (
    /^costs\.\d+\.(kind|amount|note)$/.test(path) ||
    [
      'cause',
      'channel',
      'fault',
      'happenedOn',
      'customerId',
      'orderId',
      'courierId',
      'customerSays',
      'promised',
      'followUpDue',
      'promoCode',
      'settledOnCall',
    ].includes(path)
  );
}
