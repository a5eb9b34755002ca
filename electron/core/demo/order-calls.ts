import type { OrderPlan } from './order-plan';
import type { DemoState } from './state';

// The evening confirmation calls (SCENARIOS 12, 17): the operator rings tomorrow's customers
// within their allowed hours; not everyone picks up, so some are called five times.

export interface CallRow {
  at: number;
  purpose: 'confirmation' | 'incoming' | 'outgoing' | 'follow_up';
  outcome: 'confirmed' | 'no_answer' | 'busy' | 'reschedule' | 'cancelled' | 'talked';
  note: string;
  override?: string;
}

const EVENING_FROM = 17 * 60;
const EVENING_TO = 21 * 60 + 30;

/** Adds the calls of one evening; returns when the last one was made. */
export function confirmationCalls(
  state: DemoState,
  plan: OrderPlan,
  eveDay: number,
  calls: CallRow[],
  answer: 'confirmed' | 'cancelled',
): number {
  const { rng, calendar, customers: pool } = state;
  const own = [pool.callFrom[plan.customer]!, pool.callTo[plan.customer]!] as const;
  let from = EVENING_FROM;
  let to = EVENING_TO;
  if (own[0] >= 0) {
    from = Math.max(from, own[0]);
    to = Math.min(to, own[1]);
    // Hours that miss the evening entirely (e.g. 10:00–14:00): call within them that day.
    if (from >= to) [from, to] = own;
  }
  let minute = rng.int(from, Math.max(from, to - 10));
  let at = calendar.at(eveDay, minute);
  for (let attempt = 0; attempt < 5; attempt++) {
    at = calendar.at(eveDay, minute);
    const roll = rng.next();
    if (roll < 0.8 || attempt === 4) {
      const reached = roll < 0.8 || rng.chance(0.5);
      calls.push({
        at,
        purpose: 'confirmation',
        outcome: reached ? answer : 'no_answer',
        note: reached ? '' : 'Не дозвонились пять раз, отправили СМС с окном доставки',
      });
      return at;
    }
    calls.push({ at, purpose: 'confirmation', outcome: roll < 0.95 ? 'no_answer' : 'busy', note: '' });
    minute += rng.int(15, 40);
    if (minute >= to) break;
  }
  return at;
}
