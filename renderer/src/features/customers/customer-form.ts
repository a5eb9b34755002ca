import type { TFunction } from 'i18next';
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import type { Customer } from '../../../../shared/contract/customers';

// The customer page's form holds text as typed; on save it becomes a patch of only the fields
// that changed, so the change log says what was really edited. Main's issues come back with
// the contract's paths ("phones.0.raw", "emails.1"); issueField maps them onto these fields.

export interface CustomerFormValues {
  name: string;
  phones: { raw: string; kind: 'mobile' | 'landline'; verified: boolean }[];
  emails: { value: string }[];
  addresses: { value: string }[];
  vip: boolean;
  caution: boolean;
  doubtful: boolean;
  doNotCall: boolean;
  callFrom: string;
  callTo: string;
  timeZone: string | null;
  /** The Select's value: a courier's id as text, or NO_COURIER. */
  preferredCourierId: string;
  deliveryNotes: string;
  note: string;
}

export const NO_COURIER = 'none';

export interface CustomerPatch {
  name: string;
  phones: { raw: string; kind: 'mobile' | 'landline'; verified: boolean }[];
  emails: string[];
  addresses: string[];
  vip: boolean;
  caution: boolean;
  doubtful: boolean;
  doNotCall: boolean;
  callFrom: string | null;
  callTo: string | null;
  timeZone: string | null;
  preferredCourierId: number | null;
  deliveryNotes: string;
  note: string;
}

export type CustomerFormApi = UseFormReturn<CustomerFormValues, unknown, CustomerPatch>;

export function toFormValues(customer: Customer): CustomerFormValues {
  return {
    name: customer.name,
    phones: customer.phones.map((phone) => ({ raw: phone.raw, kind: phone.kind, verified: phone.verified })),
    emails: customer.emails.map((email) => ({ value: email.email })),
    addresses: customer.addresses.map((address) => ({ value: address.address })),
    vip: customer.vip,
    caution: customer.caution,
    doubtful: customer.doubtful,
    doNotCall: customer.doNotCall,
    callFrom: customer.callFrom ?? '',
    callTo: customer.callTo ?? '',
    timeZone: customer.timeZone,
    preferredCourierId: customer.preferredCourier ? String(customer.preferredCourier.id) : NO_COURIER,
    deliveryNotes: customer.deliveryNotes,
    note: customer.note,
  };
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function customerSchema(t: TFunction) {
  const max = (n: number) => t('validation.maxLength', { max: n });
  const time = z
    .string()
    .trim()
    .refine((text) => text === '' || HHMM.test(text), t('validation.time'))
    .transform((text) => (text === '' ? null : text));
  return z
    .object({
      name: z.string().trim().max(200, max(200)),
      phones: z.array(
        z.object({
          raw: z.string().trim().min(1, t('customers.form.enterNumber')).max(100, max(100)),
          kind: z.enum(['mobile', 'landline']),
          verified: z.boolean(),
        }),
      ),
      emails: z.array(
        z.object({ value: z.string().trim().email(t('customers.form.badEmail')).max(200, max(200)) }),
      ),
      addresses: z.array(
        z.object({ value: z.string().trim().min(1, t('customers.form.enterAddress')).max(500, max(500)) }),
      ),
      vip: z.boolean(),
      caution: z.boolean(),
      doubtful: z.boolean(),
      doNotCall: z.boolean(),
      callFrom: time,
      callTo: time,
      timeZone: z.string().nullable(),
      preferredCourierId: z
        .string()
        .transform((value) => (value === NO_COURIER || value === '' ? null : Number(value))),
      deliveryNotes: z.string().max(2000, max(2000)),
      note: z.string().max(4000, max(4000)),
    })
    .superRefine((values, ctx) => {
      // Hours are a pair: one without the other means nothing to main's call-hours rule.
      if ((values.callFrom === null) !== (values.callTo === null)) {
        const path = values.callFrom === null ? 'callFrom' : 'callTo';
        ctx.addIssue({ code: 'custom', path: [path], message: t('customers.form.bothHours') });
      }
    })
    .transform((values): CustomerPatch => ({
      ...values,
      emails: values.emails.map((email) => email.value),
      addresses: values.addresses.map((address) => address.value),
    }));
}

/** Only what differs from what was loaded. */
export function changedFields(next: CustomerPatch, before: CustomerPatch): Partial<CustomerPatch> {
  const patch: Partial<CustomerPatch> = {};
  for (const key of Object.keys(next) as (keyof CustomerPatch)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) Object.assign(patch, { [key]: next[key] });
  }
  return patch;
}

/** The same customer as a patch, to compare against. */
export function toPatch(customer: Customer): CustomerPatch {
  return {
    name: customer.name,
    phones: customer.phones.map((phone) => ({ raw: phone.raw, kind: phone.kind, verified: phone.verified })),
    emails: customer.emails.map((email) => email.email),
    addresses: customer.addresses.map((address) => address.address),
    vip: customer.vip,
    caution: customer.caution,
    doubtful: customer.doubtful,
    doNotCall: customer.doNotCall,
    callFrom: customer.callFrom,
    callTo: customer.callTo,
    timeZone: customer.timeZone,
    preferredCourierId: customer.preferredCourier?.id ?? null,
    deliveryNotes: customer.deliveryNotes,
    note: customer.note,
  };
}

const SIMPLE = new Set([
  'name',
  'callFrom',
  'callTo',
  'timeZone',
  'preferredCourierId',
  'deliveryNotes',
  'note',
  'vip',
  'caution',
  'doubtful',
  'doNotCall',
]);

/** The form field one of main's issue paths names, or null. */
export function issueField(path: string): string | null {
  if (SIMPLE.has(path)) return path;
  if (/^phones\.\d+\.(raw|kind|verified)$/.test(path)) return path;
  const list = /^(emails|addresses)\.(\d+)$/.exec(path);
  if (list) return `${list[1]}.${list[2]}.value`;
  return null;
}
