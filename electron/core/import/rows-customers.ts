import type { ImportMapping } from '../../../shared/contract/import';
import { emailKey } from '../../../shared/domain/normalize';
import { ProblemLog, type CustomerRecord } from './records';
import { cellReader, customerOf, phoneParser } from './row-parts';
import type { Table } from './table';

// Rows of a customers file → one record per customer. A customer is known by each of its phones
// and e-mails; a row naming one already named on an earlier line is reported, not merged
// silently (the owner decides which line is right).

export interface CustomerRows {
  records: CustomerRecord[];
  log: ProblemLog;
  total: number;
  skipped: number;
}

export function customerRows(table: Table, mapping: ImportMapping, country: string): CustomerRows {
  const log = new ProblemLog();
  const read = cellReader(mapping, table.rows);
  const parsePhone = phoneParser(country);
  const seen = new Map<string, number>();
  const records: CustomerRecord[] = [];
  for (const row of table.rows) {
    const customer = customerOf(
      row,
      { name: 'name', phone: 'phone', email: 'email', address: 'address', note: 'note' },
      read,
      mapping,
      parsePhone,
      log,
    );
    if (!customer) continue;
    const keys = [...customer.phones.map((p) => p.e164), ...customer.emails.map(emailKey)];
    const earlier = keys.map((k) => seen.get(k)).find((line) => line !== undefined);
    if (earlier !== undefined) {
      const field = customer.phones.length > 0 ? 'phone' : 'email';
      log.add(
        row.line,
        field,
        mapping[field] ?? null,
        read(row, field),
        'duplicate',
        `The same customer as on line ${earlier}.`,
      );
      continue;
    }
    for (const key of keys) seen.set(key, row.line);
    records.push({ line: row.line, customer });
  }
  return { records, log, total: table.rows.length, skipped: table.rows.length - records.length };
}
