import type { z } from 'zod';
import { customerFieldsSchema } from '../../../shared/contract/customers';
import type { ImportField, ImportMapping } from '../../../shared/contract/import';
import { looksLikeEmail } from '../../../shared/domain/normalize';
import { normalizePhone } from '../../../shared/domain/phone';
import type { CustomerDraft, PhoneValue, ProblemLog } from './records';
import type { DataRow } from './table';
import { cleanText } from './values';

// Pieces both kinds of file share: reading a mapped cell, and the customer a row names (checked
// with the same schema as a customer typed in the form).

export type CellReader = (row: DataRow, field: ImportField) => string;

/**
 * Reads mapped cells as clean text. The mapped columns are cleaned once, in place (the rows belong
 * to this one pass): a row's cells are read several times, and 100,000 rows add up.
 */
export function cellReader(mapping: ImportMapping, rows: DataRow[]): CellReader {
  const columns = [...new Set(Object.values(mapping))] as number[];
  for (const row of rows) {
    for (const column of columns) {
      const cell = row.cells[column];
      if (cell !== undefined) row.cells[column] = cleanText(cell);
    }
  }
  return (row, field) => {
    const column = mapping[field];
    return column === undefined ? '' : (row.cells[column] ?? '');
  };
}

// Parsing a phone is the slowest step of a row (~50 µs); a file repeats its customers' numbers,
// and a commit reads the same file as its dry run did. The answers are kept for the worker's life
// (a pure function of the text and the country), up to a bound.
const phoneCache = new Map<string, PhoneValue | null>();
const PHONE_CACHE_LIMIT = 300_000;

export function phoneParser(country: string): (raw: string) => PhoneValue | null {
  return (raw) => {
    const key = `${country}|${raw}`;
    let parsed = phoneCache.get(key);
    if (parsed === undefined) {
      const normalized = normalizePhone(raw, country);
      parsed = normalized ? { raw, e164: normalized.e164 } : null;
      if (phoneCache.size >= PHONE_CACHE_LIMIT) phoneCache.clear();
      phoneCache.set(key, parsed);
    }
    return parsed;
  };
}

const splitList = (text: string) =>
  text
    .split(/[,;/]/)
    .map((part) => part.trim())
    .filter(Boolean);

export interface CustomerFieldNames {
  name: ImportField;
  phone: ImportField;
  email: ImportField;
  address: ImportField;
  note?: ImportField;
}

/**
 * The customer of a row: phones (one cell may hold several, split by , ; or /) and e-mails as
 * given, each one checked; at least one of the two. Null when the row has a problem (logged).
 */
export function customerOf(
  row: DataRow,
  names: CustomerFieldNames,
  read: CellReader,
  mapping: ImportMapping,
  parsePhone: (raw: string) => PhoneValue | null,
  log: ProblemLog,
): CustomerDraft | null {
  const before = log.problems.length;
  const phones: PhoneValue[] = [];
  for (const raw of splitList(read(row, names.phone))) {
    const phone = parsePhone(raw);
    if (phone) {
      if (!phones.some((p) => p.e164 === phone.e164)) phones.push(phone);
    } else {
      log.add(
        row.line,
        names.phone,
        mapping[names.phone]!,
        raw,
        'bad_phone',
        `${raw} is not a phone number.`,
      );
    }
  }
  const emails: string[] = [];
  for (const email of splitList(read(row, names.email))) {
    if (looksLikeEmail(email)) emails.push(email);
    else
      log.add(
        row.line,
        names.email,
        mapping[names.email]!,
        email,
        'bad_email',
        `${email} is not an e-mail address.`,
      );
  }
  if (log.problems.length > before) return null;
  if (phones.length === 0 && emails.length === 0) {
    const field = mapping[names.phone] !== undefined ? names.phone : names.email;
    log.add(
      row.line,
      field,
      mapping[field] ?? null,
      '',
      'missing',
      'No phone or e-mail: the customer cannot be found or created.',
    );
    return null;
  }
  const address = read(row, names.address);
  const draft: CustomerDraft = {
    name: read(row, names.name),
    phones,
    emails,
    addresses: address ? [address] : [],
    note: names.note ? read(row, names.note) : '',
  };
  const error = schemaCheck(draft);
  if (error) {
    reportCustomerIssues(row, error, names, mapping, log);
    return null;
  }
  return draft;
}

// A file names the same person on many rows: the schema checks each different one once.
const checkedDrafts = new Map<string, z.ZodError | null>();

function schemaCheck(draft: CustomerDraft): z.ZodError | null {
  const key = JSON.stringify([
    draft.name,
    draft.phones.map((p) => p.raw),
    draft.emails,
    draft.addresses,
    draft.note,
  ]);
  let error = checkedDrafts.get(key);
  if (error === undefined) {
    const checked = customerFieldsSchema.safeParse({
      name: draft.name,
      phones: draft.phones.map((p) => ({ raw: p.raw })),
      emails: draft.emails,
      addresses: draft.addresses,
      note: draft.note,
    });
    error = checked.success ? null : checked.error;
    if (checkedDrafts.size > 200_000) checkedDrafts.clear();
    checkedDrafts.set(key, error);
  }
  return error;
}

function reportCustomerIssues(
  row: DataRow,
  error: z.ZodError,
  names: CustomerFieldNames,
  mapping: ImportMapping,
  log: ProblemLog,
) {
  const byPath: Record<string, ImportField | undefined> = {
    name: names.name,
    phones: names.phone,
    emails: names.email,
    addresses: names.address,
    note: names.note,
  };
  for (const issue of error.issues) {
    const field = byPath[String(issue.path[0])] ?? null;
    const column = field === null ? null : (mapping[field] ?? null);
    log.add(
      row.line,
      field,
      column,
      column === null ? '' : (row.cells[column] ?? ''),
      'invalid',
      issue.message,
    );
  }
}
