import { localDate } from '../../../shared/domain/dates';

export interface Dated {
  name: string;
  createdAt: number;
}

/**
 * Which automatic backups to keep: the newest of each of the last `keepDaily` days that have one,
 * and the newest of each of the last `keepMonthly` months. Answers the names to remove. Manual
 * and safety backups are never passed in: only the owner removes those.
 */
export function backupsToPrune(
  backups: readonly Dated[],
  rule: { keepDaily: number; keepMonthly: number },
  timeZone: string,
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt);
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  for (const backup of newestFirst) {
    const day = localDate(backup.createdAt, timeZone);
    const month = day.slice(0, 7);
    if (!days.has(day) && days.size < rule.keepDaily) {
      days.add(day);
      keep.add(backup.name);
    }
    if (!months.has(month) && months.size < rule.keepMonthly) {
      months.add(month);
      keep.add(backup.name);
    }
  }
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
