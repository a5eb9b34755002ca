// Calendar arithmetic for the demo shop. Days are whole "local epoch days" (days since
// 1970-01-01 in the shop's zone), instants epoch ms; the conversion uses the zone's offset at
// `now`. The demo shop is in Moscow (no DST since 2014), so one offset is exact there; for a zone
// with DST it is off by an hour for part of the year, which no demo reader can notice.

export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return asUtc - Math.floor(instant / MINUTE_MS) * MINUTE_MS;
}

export class ShopCalendar {
  readonly offsetMs: number;
  /** Today's local epoch day. */
  readonly today: number;
  /** Minutes since local midnight at `now`. */
  readonly nowMinute: number;
  private readonly isoCache = new Map<number, string>();

  constructor(
    readonly now: number,
    timeZone: string,
  ) {
    this.offsetMs = zoneOffsetMs(now, timeZone);
    this.today = this.dayOf(now);
    this.nowMinute = Math.floor((now + this.offsetMs - this.today * DAY_MS) / MINUTE_MS);
  }

  dayOf(instant: number): number {
    return Math.floor((instant + this.offsetMs) / DAY_MS);
  }

  /** 'YYYY-MM-DD' of a local day (cached: the same few hundred days are asked for millions of times). */
  iso(day: number): string {
    let text = this.isoCache.get(day);
    if (text === undefined) {
      text = new Date(day * DAY_MS).toISOString().slice(0, 10);
      this.isoCache.set(day, text);
    }
    return text;
  }

  /** The instant of a local day and minute of that day. */
  at(day: number, minuteOfDay: number): number {
    return day * DAY_MS - this.offsetMs + Math.round(minuteOfDay * MINUTE_MS);
  }

  /** 0 = Sunday ... 6 = Saturday. */
  weekday(day: number): number {
    return (day + 4) % 7;
  }

  month(day: number): number {
    return new Date(day * DAY_MS).getUTCMonth();
  }

  dayOfMonth(day: number): number {
    return new Date(day * DAY_MS).getUTCDate();
  }
}

const WEEKDAY_FACTOR = [0.8, 1.15, 1.1, 1.05, 1.05, 0.95, 0.85];
// A children's-goods shop: quiet January, busy December, bumps before 1 June and 1 September.
const MONTH_FACTOR = [0.75, 0.9, 1.0, 0.95, 1.0, 1.05, 0.9, 1.15, 1.05, 1.0, 1.15, 1.4];

/** How busy a day is, relative: growth over the year, weekday, season, holidays. */
export function orderDayWeight(
  calendar: ShopCalendar,
  day: number,
  firstDay: number,
  lastDay: number,
): number {
  const growth = 0.75 + (0.5 * (day - firstDay)) / Math.max(1, lastDay - firstDay);
  const month = calendar.month(day);
  const date = calendar.dayOfMonth(day);
  let weight = growth * WEEKDAY_FACTOR[calendar.weekday(day)]! * MONTH_FACTOR[month]!;
  if (month === 0 && date <= 8) weight *= 0.45;
  if (month === 11 && date >= 15 && date <= 29) weight *= 1.3;
  if (month === 11 && date >= 30) weight *= 0.6;
  return weight;
}
