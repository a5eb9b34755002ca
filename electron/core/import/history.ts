import type { ChannelOutput } from '../../../shared/contract';
import type { Db } from '../db/open';

type History = ChannelOutput<'import.history'>;

export function importHistory(db: Db, offset: number, limit: number): History {
  const total = db.prepare('select count(*) from imports').pluck().get() as number;
  const rows = db
    .prepare(
      `select i.id, i.at, s.name as by, i.file_name as fileName, i.sha256, i.format, i.target, i.rows, i.created,
         i.updated, i.unchanged, i.skipped, i.refused
       from imports i left join staff s on s.id = i.staff_id
       order by i.at desc, i.id desc limit ? offset ?`,
    )
    .all(limit, offset) as History['rows'];
  return { total, rows };
}

/** Whether an import wrote from this kept file (so it is never cleaned away). */
export function isImported(db: Db, storedName: string): boolean {
  return db.prepare('select 1 from imports where stored_name = ? limit 1').get(storedName) !== undefined;
}
