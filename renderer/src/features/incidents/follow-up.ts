import { isIsoDate, localDate, localTime, startOfLocalDay } from '../../../../shared/domain/dates';
import type { DeliveryMethod, IncidentCause } from '../../../../shared/domain/enums';
import { needsPostSearch, suggestedFollowUp } from '../../../../shared/domain/incidents';

// A follow-up is an instant; the person picks it as a wall-clock time in the shop's time zone
// (DESIGN §4), whatever zone the computer is set to. <input type="datetime-local"> holds
// "2026-11-24T10:00".

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** An instant as the text of a datetime-local input, in the shop's zone. */
export function toLocalInput(instant: number, timeZone: string): string {
  return `${localDate(instant, timeZone)}T${localTime(instant, timeZone)}`;
}

/** The wall clock of an instant in a zone, read as if it were UTC: the zone's offset is the difference. */
function wallAsUtc(instant: number, timeZone: string): number {
  return Date.parse(`${toLocalInput(instant, timeZone)}:00Z`);
}

/** The instant a datetime-local text names in the shop's zone, or null when it is not one. */
export function fromLocalInput(text: string, timeZone: string): number | null {
  const match = LOCAL.exec(text.trim());
  if (!match || !isIsoDate(match[1]!)) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours > 23 || minutes > 59) return null;
  const wall = Date.parse(`${match[1]}T${match[2]}:${match[3]}:00Z`);
  const minute = (instant: number) => Math.floor(instant / 60_000) * 60_000;
  // Two passes settle the offset on days it changes (DST), as startOfLocalDay does.
  let guess = wall - (wallAsUtc(wall, timeZone) - minute(wall));
  guess = wall - (wallAsUtc(guess, timeZone) - minute(guess));
  return guess;
}

export type Suggestion =
  | { kind: 'call_back' }
  | { kind: 'post_search'; deliveryDate: string }
  | { kind: 'post_search_now'; deliveryDate: string };

// The post counts from the day of dispatch; the request is filed in the morning, not at midnight.
const MORNING = 10 * 3_600_000;

/**
 * suggestedFollowUp with the order's delivery date as the dispatch: a lost (or late post) parcel
 * waits for the day the post accepts a search request; everything else gets a call back within a day.
 */
export function suggestFollowUp(
  cause: IncidentCause | null,
  deliveryDate: string | null,
  now: number,
  timeZone: string,
  deliveryMethod: DeliveryMethod | null = null,
): { due: number; why: Suggestion } {
  const dispatchedAt =
    deliveryDate && isIsoDate(deliveryDate) ? startOfLocalDay(deliveryDate, timeZone) + MORNING : null;
  const suggestion = suggestedFollowUp(cause ?? 'other', now, dispatchedAt, deliveryMethod);
  if (suggestion.reason === 'post_search_request' && deliveryDate)
    return { due: suggestion.due, why: { kind: 'post_search', deliveryDate } };
  if (needsPostSearch(cause, deliveryMethod) && deliveryDate && dispatchedAt !== null)
    return { due: suggestion.due, why: { kind: 'post_search_now', deliveryDate } };
  return { due: suggestion.due, why: { kind: 'call_back' } };
}
