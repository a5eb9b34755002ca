import type { TFunction } from 'i18next';
import type { Formatters } from '../../lib/format';
import { changeLines, readableKey, type ChangeLine } from '../../../../shared/domain/audit-change';
import type { AuditRow } from './use-audit-pages';

// Words for an audit row: the action and the kind from the codes main writes (unknown ones as
// written), and values that read as values: dates for instants, money for amounts, code words
// for codes ("Reshipment (goods)", not "reshipment_goods"), yes/no, compact JSON.

const MAX_VALUE = 80;

/** Instants are epoch ms under names ending in "At" (createdAt, expiresAt). */
const looksLikeInstant = (key: string, value: number) => /At$/.test(key) && value > 1e11;

/**
 * Money is written in minor units under these names (order, incident cost, courier, risk
 * thresholds): 240000 is RUB 2,400, and must read so.
 */
const MONEY_KEY =
  /^(amount|total|unitPrice|deliveryFee|costPerDelivery|amountReceived|costs|recovered|net|cost|price|expected|handedOver)$|(Limit|Above|Amount|Price|Fee)$/;

/**
 * The code lists a field's value may come from; the first that knows the value names it (a
 * "kind" is a cost line's, a courier's, a blocklist entry's or a phone's — their values differ).
 */
const CODE_LISTS: Record<string, readonly string[]> = {
  status: ['orderStatus', 'incidentStatus'],
  cause: ['incidentCause'],
  fault: ['fault'],
  resolution: ['resolution'],
  channel: ['incidentChannel'],
  waitingFor: ['waitingFor'],
  paymentMethod: ['paymentMethod'],
  paymentStatus: ['paymentStatus'],
  deliveryMethod: ['deliveryMethod'],
  kind: ['costKind', 'courierKind', 'blockKind', 'phoneKind', 'handoverKind'],
  outcome: ['attemptOutcome', 'callOutcome'],
  purpose: ['callPurpose'],
  action: ['blockAction'],
  checkedInPresence: ['checkedInPresence'],
};

function codeText(key: string, value: string, t: TFunction): string | null {
  for (const list of CODE_LISTS[key] ?? []) {
    const word = t(`codes.${list}.${value}` as never, { defaultValue: '' });
    if (word) return word;
  }
  return null;
}

export function valueText(
  value: unknown,
  key: string,
  t: TFunction,
  format: Formatters,
  max: number = MAX_VALUE,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (typeof value === 'number') {
    if (looksLikeInstant(key, value)) return format.dateTime(value);
    return MONEY_KEY.test(key) && Number.isSafeInteger(value) ? format.money(value) : String(value);
  }
  if (typeof value === 'string') return codeText(key, value, t) ?? value;
  const json = JSON.stringify(value);
  return json.length > max ? `${json.slice(0, max - 1)}…` : json;
}

/** A field's name in the reader's language ("Payment method", "Способ оплаты"); unknown ones readable. */
export function fieldName(key: string, t: TFunction): string {
  return key
    .split('.')
    .map((part) => t(`audit.field.${part}` as never, { defaultValue: readableKey(part) }))
    .join(' › ');
}

export function lineText(line: ChangeLine, t: TFunction, format: Formatters): string {
  const name = line.key ? `${fieldName(line.key, t)}: ` : '';
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
