import type { Role } from '../../../shared/domain/enums';
import type { Language } from '../../../shared/domain/settings';
import type { StaffMember } from '../../../shared/contract/staff';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';

export interface StaffRow {
  id: number;
  name: string;
  role: Role;
  language: Language;
  pin_hash: string | null;
  active: number;
  failed_attempts: number;
  locked_until: number | null;
  created_at: number;
}

export function getStaff(db: Db, id: number): StaffRow | undefined {
  return prepared(db, 'select * from staff where id = ?').get(id) as StaffRow | undefined;
}

export function listStaff(db: Db): StaffRow[] {
  return db.prepare("select * from staff order by role = 'operator', name").all() as StaffRow[];
}

export function countStaff(db: Db): number {
  return (db.prepare('select count(*) as n from staff').get() as { n: number }).n;
}

export function toStaffMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    language: row.language,
    hasPin: row.pin_hash !== null,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

export function insertStaff(
  db: Db,
  values: { name: string; role: Role; language: Language; pinHash: string | null; at: number },
): number {
  const info = db
    .prepare('insert into staff (name, role, language, pin_hash, created_at) values (?, ?, ?, ?, ?)')
    .run(values.name, values.role, values.language, values.pinHash, values.at);
  return Number(info.lastInsertRowid);
}
