import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { ChannelInput } from '../../../../shared/contract';
import type { Order } from '../../../../shared/contract/orders';
import { isIsoDate } from '../../../../shared/domain/dates';
import { DELIVERY_METHODS, PAYMENT_METHODS, PAYMENT_STATUSES } from '../../../../shared/domain/enums';
import { parseMoney } from '../../../../shared/domain/money';
import type { DeliveryWindow } from '../../../../shared/domain/settings';
import { minorToInputText } from '../../lib/money-input';

// The order form holds text as typed (amounts in major units, weight in kilograms); on save it
// becomes the contract's fields in minor units and grams, parsed from digits, never floats.

export const PRECISE = 'precise';
export const NO_WINDOW = 'none';

export interface ItemValues {
  title: string;
  sku: string;
  quantity: string;
  unitPrice: string;
}

export interface OrderFormValues {
  number: string;
  /** The day the order was placed (ISO): today, or earlier for one keyed in after the fact. */
  orderedOn: string;
  customerId: number | null;
  items: ItemValues[];
  deliveryFee: string;
  paymentMethod: (typeof PAYMENT_METHODS)[number];
  paymentStatus: (typeof PAYMENT_STATUSES)[number];
  deliveryMethod: (typeof DELIVERY_METHODS)[number];
  address: string;
  deliveryDate: string;
  /** NO_WINDOW, "11:00-14:00" for one of the shop's windows, or PRECISE. */
  windowChoice: string;
  windowFrom: string;
  windowTo: string;
  courierId: string | null;
  trackingNumber: string;
  parcelWeight: string;
  customerComment: string;
  /** A cheque order: the day the cheque came (ISO), empty for today. */
  chequeReceivedOn: string;
  overrideReason: string;
}

export type OrderInput = ChannelInput<'orders.create'>;

export const windowKey = (w: DeliveryWindow) => `${w.from}-${w.to}`;

export const emptyItem = (): ItemValues => ({ title: '', sku: '', quantity: '1', unitPrice: '' });

export function newOrderValues(customerId: number | null, today: string): OrderFormValues {
  return {
    number: '',
    orderedOn: today,
    customerId,
    items: [emptyItem()],
    deliveryFee: '0',
    paymentMethod: 'cash_on_delivery',
    paymentStatus: 'unpaid',
    deliveryMethod: 'own_courier',
    address: '',
    deliveryDate: '',
    windowChoice: NO_WINDOW,
    windowFrom: '',
    windowTo: '',
    courierId: null,
    trackingNumber: '',
    parcelWeight: '',
    customerComment: '',
    chequeReceivedOn: '',
    overrideReason: '',
  };
}

/** Grams as kilograms text: 1250 → "1.25", built from integers. */
export function gramsToText(grams: number): string {
  const whole = Math.trunc(grams / 1000);
  const rest = grams % 1000;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(3, '0').replace(/0+$/, '')}`;
}

/** "1,25" or "1.25" kg → 1250 g; null when it is not a weight. */
export function parseKilograms(text: string): number | null {
  const match = /^(\d+)(?:[.,](\d{0,3}))?$/.exec(text.trim().replace(/\s/g, ''));
  if (!match) return null;
  const grams = Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0') || '0');
  return Number.isSafeInteger(grams) ? grams : null;
}

export function orderToValues(
  order: Order,
  windows: DeliveryWindow[],
  currency: string,
  locale: string,
): OrderFormValues {
  const money = (minor: number) => minorToInputText(minor, currency, locale);
  const shopWindow = order.window && windows.find((w) => windowKey(w) === windowKey(order.window!));
  return {
    number: order.number,
    orderedOn: order.orderedOn,
    customerId: order.customer.id,
    items: order.items.map((item) => ({
      title: item.title,
      sku: item.sku,
      quantity: String(item.quantity),
      unitPrice: money(item.unitPrice),
    })),
    deliveryFee: money(order.deliveryFee),
    paymentMethod: order.paymentMethod,
    paymentStatus: order.paymentStatus,
    deliveryMethod: order.deliveryMethod,
    address: order.address,
    deliveryDate: order.deliveryDate ?? '',
    windowChoice: order.window ? (shopWindow ? windowKey(shopWindow) : PRECISE) : NO_WINDOW,
    windowFrom: order.window?.from ?? '',
    windowTo: order.window?.to ?? '',
    courierId: order.courier ? String(order.courier.id) : null,
    trackingNumber: order.trackingNumber ?? '',
    parcelWeight: order.parcelWeightG === null ? '' : gramsToText(order.parcelWeightG),
    customerComment: order.customerComment,
    chequeReceivedOn: order.cheque?.receivedOn ?? '',
    overrideReason: '',
  };
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Checks what can be checked here (forms of numbers, dates, times); main checks the rest.
 * `today` is the shop's: an order is not placed later than that.
 */
export function orderSchema(t: TFunction, currency: string, today: string) {
  const money = (allowEmpty: boolean) =>
    z
      .string()
      .trim()
      .refine((text) => (allowEmpty && text === '') || (parseMoney(text, currency) ?? -1) >= 0, {
        message: t('validation.amount'),
      })
      .transform((text) => (text === '' ? 0 : parseMoney(text, currency)!));
  const time = z
    .string()
    .trim()
    .refine((text) => text === '' || HHMM.test(text), t('validation.time'));
  return z
    .object({
      // Empty: main gives the shop's next number on save.
      number: z.string().trim().max(60),
      orderedOn: z
        .string()
        .trim()
        .refine(isIsoDate, t('orders.form.badDate'))
        .refine((day) => day <= today, t('orders.form.orderedLater')),
      customerId: z
        .number()
        .int()
        .nullable()
        .refine((id) => id !== null, t('orders.form.pickCustomer')),
      items: z
        .array(
          z.object({
            title: z.string().trim().min(1, t('orders.form.nameItem')).max(300),
            sku: z.string().trim().max(100),
            quantity: z
              .string()
              .trim()
              .regex(/^\d+$/, t('validation.wholeNumber'))
              .transform(Number)
              .refine((n) => n >= 1, t('orders.form.atLeastOne')),
            unitPrice: money(false),
          }),
        )
        .min(1, t('orders.form.addItem')),
      deliveryFee: money(true),
      paymentMethod: z.enum(PAYMENT_METHODS),
      paymentStatus: z.enum(PAYMENT_STATUSES),
      deliveryMethod: z.enum(DELIVERY_METHODS),
      address: z.string().trim().max(500),
      deliveryDate: z
        .string()
        .trim()
        .refine((text) => text === '' || isIsoDate(text), t('orders.form.badDate')),
      windowChoice: z.string(),
      windowFrom: time,
      windowTo: time,
      courierId: z.string().nullable(),
      trackingNumber: z.string().trim().max(100),
      parcelWeight: z
        .string()
        .trim()
        .refine((text) => text === '' || parseKilograms(text) !== null, t('orders.form.badWeight')),
      customerComment: z.string().max(2000),
      chequeReceivedOn: z
        .string()
        .trim()
        .refine((text) => text === '' || isIsoDate(text), t('orders.form.badDate')),
      overrideReason: z.string().trim().max(1000),
    })
    .superRefine((v, ctx) => {
      if (v.windowChoice !== PRECISE) return;
      if (v.windowFrom === '')
        ctx.addIssue({ code: 'custom', path: ['windowFrom'], message: t('validation.time') });
      if (v.windowTo === '')
        ctx.addIssue({ code: 'custom', path: ['windowTo'], message: t('validation.time') });
      else if (v.windowFrom !== '' && v.windowTo <= v.windowFrom)
        ctx.addIssue({ code: 'custom', path: ['windowTo'], message: t('orders.form.windowOrder') });
    })
    .transform((v): OrderInput => {
      const window =
        v.windowChoice === NO_WINDOW
          ? null
          : v.windowChoice === PRECISE
            ? { from: v.windowFrom, to: v.windowTo }
            : { from: v.windowChoice.slice(0, 5), to: v.windowChoice.slice(6) };
      return {
        number: v.number,
        orderedOn: v.orderedOn,
        customerId: v.customerId!,
        items: v.items,
        deliveryFee: v.deliveryFee,
        paymentMethod: v.paymentMethod,
        paymentStatus: v.paymentStatus,
        deliveryMethod: v.deliveryMethod,
        address: v.address,
        deliveryDate: v.deliveryDate === '' ? null : v.deliveryDate,
        window,
        courierId: v.courierId ? Number(v.courierId) : null,
        trackingNumber: v.trackingNumber === '' ? null : v.trackingNumber,
        parcelWeightG: v.parcelWeight === '' ? null : parseKilograms(v.parcelWeight),
        customerComment: v.customerComment,
        chequeReceivedOn:
          v.paymentMethod === 'cheque' && v.chequeReceivedOn !== '' ? v.chequeReceivedOn : null,
        ...(v.overrideReason ? { overrideReason: v.overrideReason } : {}),
      };
    });
}

const SIMPLE = new Set([
  'number',
  'orderedOn',
  'customerId',
  'deliveryFee',
  'paymentMethod',
  'paymentStatus',
  'deliveryMethod',
  'address',
  'deliveryDate',
  'courierId',
  'trackingNumber',
  'customerComment',
  'chequeReceivedOn',
  'overrideReason',
]);

/** The form field one of main's issue paths names ("items.0.unitPrice", "window.from"), or null. */
export function issueField(path: string, windowChoice: string): string | null {
  if (SIMPLE.has(path)) return path;
  if (path === 'items') return 'items.root';
  if (/^items\.\d+\.(title|sku|quantity|unitPrice)$/.test(path)) return path;
  if (path === 'parcelWeightG') return 'parcelWeight';
  if (path === 'window' || path.startsWith('window.')) {
    if (windowChoice !== PRECISE) return 'windowChoice';
    return path === 'window.to' ? 'windowTo' : 'windowFrom';
  }
  return null;
}

/** Sum of the items as typed, in minor units; unreadable lines count as nothing. */
export function itemsTotal(items: ItemValues[], currency: string): number {
  let total = 0;
  for (const item of items) {
    const quantity = /^\d+$/.test(item.quantity.trim()) ? Number(item.quantity.trim()) : 0;
    const price = parseMoney(item.unitPrice, currency) ?? 0;
    total += quantity * Math.max(0, price);
  }
  return total;
}
