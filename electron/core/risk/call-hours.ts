import { localTime } from '../../../shared/domain/dates';

export interface CallPreferences {
  callFrom: string | null;
  callTo: string | null;
  doNotCall: boolean;
  /** The customer's zone, or null to use the shop's. */
  timeZone: string | null;
}

export interface CallNow {
  allowed: boolean;
  reason: 'ok' | 'do_not_call' | 'outside_hours';
  localTime: string;
  timeZone: string;
}

/** May we call this customer now, in their own time? Windows may run past midnight (22:00–02:00). */
export function callAllowedNow(prefs: CallPreferences, now: number, shopTimeZone: string): CallNow {
  const timeZone = prefs.timeZone ?? shopTimeZone;
  const time = localTime(now, timeZone);
  if (prefs.doNotCall) return { allowed: false, reason: 'do_not_call', localTime: time, timeZone };
  if (prefs.callFrom && prefs.callTo) {
    const inside =
      prefs.callFrom <= prefs.callTo
        ? time >= prefs.callFrom && time < prefs.callTo
        : time >= prefs.callFrom || time < prefs.callTo;
    if (!inside) return { allowed: false, reason: 'outside_hours', localTime: time, timeZone };
  }
  return { allowed: true, reason: 'ok', localTime: time, timeZone };
}
