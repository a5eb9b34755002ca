import type { TFunction } from 'i18next';
import type { Formatters } from '../../lib/format';
import { changeLines, readableKey, type ChangeLine } from '../../../../shared/domain/audit-change';
import type { AuditRow } from './use-audit-pages';

// Words for an audit row: the action and the kind from the codes main writes (unknown ones as
// written), and values that read as values: dates for instants, yes/no, compact JSON.

const MAX_VALUE = 80;

/** Instants are epoch ms under names ending in "At" (createdAt, expiresAt). */
const looksLikeInstant = (key: string, value: number) => /At$/.test(key) && value > 1e11;

export function valueText(
  value: unknown,
  key: string,
  t: TFunction,
  format: Formatters,
  max: number = MAX_VALUE,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (typeof value === 'number') return looksLikeInstant(key, value) ? format.dateTime(value) : String(value);
  if (typeof value === 'string') return value;
  const json = JSON.stringify(value);
  return json.length > max ? `${json.slice(0, max - 1)}…` : json;
}

export function lineText(line: ChangeLine, t: TFunction, format: Formatters): string {
  const name = line.key ? `${readableKey(line.key)}: ` : '';
  const last = line.key.split('.').at(-1) ?? '';
  const before = 'before' in line ? valueText(line.before, last, t, format) : null;
  const after = 'after' in line ? valueText(line.after, last, t, format) : null;
  if (before !== null && after !== null) return `${name}${before} → ${after}`;
  if (after !== null) return `${name}${after}`;
  return `${name}${before ?? '—'} → —`;
}

/** One line for the list: every change, separated, cut by the cell. */
export function changeSummary(row: AuditRow, t: TFunction, format: Formatters): string {
  return changeLines(row.before, row.after)
    .map((line) => lineText(line, t, format))
    .join('; ');
}

export function actionName(action: string, t: TFunction): string {
  const names = t('codes.auditAction', { returnObjects: true }) as Record<string, string>;
  return names[action] ?? action;
}

export function entityName(entity: string, t: TFunction): string {
  const names = t('audit.entity', { returnObjects: true }) as Record<string, string>;
  return names[entity] ?? entity;
}

export function whatText(row: AuditRow, t: TFunction): string {
  const kind = entityName(row.entity, t);
  return row.entityId === null ? kind : `${kind} #${row.entityId}`;
}
