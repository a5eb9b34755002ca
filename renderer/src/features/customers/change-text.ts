import type { TFunction } from 'i18next';
import type { CustomerChange } from '../../../../shared/contract/customers';
import type { BLOCK_ACTIONS, BLOCK_KINDS } from '../../../../shared/domain/enums';
import type { Formatters } from '../../lib/format';
import { fieldName, valueText } from '../backup/audit-text';

// The customer's Changes tab in the reader's words: "Phone: +7 916 … → +7 925 …",
// "Preferred courier: none → Ivan", "Doubtful: no → yes". Values read as the audit page reads
// them (valueText); only what is particular to a customer — phones, lists, a courier, a
// blocklist entry — is worded here.

interface PhoneValue {
  raw: string;
  kind: string;
  verified: boolean;
}
interface EntryValue {
  action: (typeof BLOCK_ACTIONS)[number];
  kind: (typeof BLOCK_KINDS)[number];
  value: string;
}

function phoneText(phone: PhoneValue, t: TFunction): string {
  const marks = [
    ...(phone.kind === 'landline' ? [t('codes.phoneKind.landline').toLowerCase()] : []),
    ...(phone.verified ? [t('customers.history.verified')] : []),
  ];
  return marks.length > 0 ? `${phone.raw} (${marks.join(', ')})` : phone.raw;
}

function entryText(entry: EntryValue, t: TFunction): string {
  return `${t(`codes.blockAction.${entry.action}`)} · ${t(`codes.blockKind.${entry.kind}`).toLowerCase()} ${entry.value}`;
}

function sideText(field: string, value: unknown, t: TFunction, format: Formatters): string {
  const none = t('customers.history.none');
  if (Array.isArray(value)) {
    if (value.length === 0) return none;
    return field === 'phones'
      ? (value as PhoneValue[]).map((phone) => phoneText(phone, t)).join(', ')
      : value.map((item) => valueText(item, field, t, format)).join(', ');
  }
  if (field === 'blocklist' || field === 'exception') return value ? entryText(value as EntryValue, t) : none;
  if (value === null && field === 'preferredCourier') return none;
  return valueText(value, field, t, format, 120);
}

export function fieldLabel(field: string, t: TFunction): string {
  const key = `customers.history.field.${field}`;
  const label = t(key as never);
  return label === key ? fieldName(field, t) : label;
}

/**
 * One change as a line. An edit reads "before → after"; a creation, a blocklist entry or a
 * reason has one side and reads as that value.
 */
export function changeText(change: CustomerChange, edit: boolean, t: TFunction, format: Formatters): string {
  const label = fieldLabel(change.field, t);
  const before = sideText(change.field, change.before, t, format);
  const after = sideText(change.field, change.after, t, format);
  if (edit) return `${label}: ${before} → ${after}`;
  return `${label}: ${change.after === null ? before : after}`;
}
