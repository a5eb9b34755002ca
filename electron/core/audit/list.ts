import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { startOfLocalDay, addDays } from '../../../shared/domain/dates';
import type { Db } from '../db/open';
import { readSettings } from '../settings/store';

type Input = Omit<ChannelInput<'audit.list'>, 'offset' | 'limit'> & { offset: number; limit: number };

/** The audit log, newest first, filtered by person, kind and the shop's calendar days. */
export function auditList(db: Db, input: Input): ChannelOutput<'audit.list'> {
  const { timeZone } = readSettings(db);
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (input.staffId) {
    where.push('a.staff_id = $staff');
    params.staff = input.staffId;
  }
  if (input.entity) {
    where.push('a.entity = $entity');
    params.entity = input.entity;
  }
  if (input.action) {
    where.push('a.action = $action');
    params.action = input.action;
  }
  if (input.from) {
    where.push('a.at >= $from');
    params.from = startOfLocalDay(input.from, timeZone);
  }
  if (input.to) {
    where.push('a.at < $to');
    params.to = startOfLocalDay(addDays(input.to, 1), timeZone);
  }
  const whereSql = where.length ? `where ${where.join(' and ')}` : '';
  const total = (db.prepare(`select count(*) as n from audit_log a ${whereSql}`).get(params) as { n: number })
    .n;
  const rows = (
    db
      .prepare(
        `select a.id, a.at, s.name as by, a.action, a.entity, a.entity_id as entityId, a.before, a.after, a.note
         from audit_log a left join staff s on s.id = a.staff_id ${whereSql}
         order by a.at desc, a.id desc limit $limit offset $offset`,
      )
      .all({ ...params, limit: input.limit, offset: input.offset }) as (Omit<
      ChannelOutput<'audit.list'>['rows'][number],
      'before' | 'after'
    > & { before: string | null; after: string | null })[]
  ).map((r) => ({
    ...r,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }));
  return { total, rows };
}
