import type {
  CustomerImportField,
  ImportEnumField,
  ImportMapping,
  OrderImportField,
} from '../../../shared/contract/import';
import {
  DELIVERY_METHODS,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
} from '../../../shared/domain/enums';
import { codeNames } from '../../../shared/i18n/codes';
import { foldValue } from './values';

// What the app recognises by itself: header names (to suggest a mapping and to tell a header row
// from data) and the values of code columns (the codes and the names ShopDesk itself shows and
// exports, in English and Russian). Anything else the owner maps once; the mapping is remembered.

const ORDER_HEADERS: Record<OrderImportField, string[]> = {
  number: [
    'номер заказа',
    'номер',
    'заказ',
    '№',
    '№ заказа',
    'order',
    'order number',
    'order no',
    'order #',
    'order id',
    'number',
  ],
  orderedOn: [
    'дата',
    'дата заказа',
    'дата создания',
    'создан',
    'date',
    'order date',
    'created',
    'created at',
    'ordered on',
  ],
  customerName: [
    'клиент',
    'покупатель',
    'фио',
    'имя',
    'получатель',
    'имя клиента',
    'customer',
    'name',
    'customer name',
    'buyer',
    'full name',
  ],
  customerPhone: [
    'телефон',
    'тел',
    'телефон клиента',
    'мобильный',
    'phone',
    'mobile',
    'phone number',
    'telephone',
  ],
  customerEmail: ['email', 'e-mail', 'эл почта', 'электронная почта', 'почта клиента', 'mail'],
  address: ['адрес', 'адрес доставки', 'address', 'shipping address', 'delivery address'],
  itemTitle: [
    'товар',
    'товары',
    'наименование',
    'название',
    'название товара',
    'product',
    'item',
    'title',
    'product name',
  ],
  itemSku: ['артикул', 'sku', 'код товара', 'article'],
  quantity: ['кол-во', 'кол во', 'количество', 'qty', 'quantity'],
  unitPrice: ['цена', 'цена за шт', 'цена за единицу', 'price', 'unit price'],
  total: ['сумма', 'итого', 'сумма заказа', 'к оплате', 'total', 'order total', 'amount'],
  deliveryFee: ['доставка', 'стоимость доставки', 'delivery', 'delivery fee', 'shipping', 'shipping cost'],
  paymentMethod: ['оплата', 'способ оплаты', 'тип оплаты', 'payment', 'payment method'],
  paymentStatus: ['статус оплаты', 'оплачен', 'payment status', 'paid'],
  deliveryMethod: ['способ доставки', 'тип доставки', 'delivery method', 'shipping method'],
  status: ['статус', 'статус заказа', 'status', 'order status'],
  amountReceived: ['получено', 'оплачено', 'получено денег', 'received', 'amount received', 'amount paid'],
  deliveryDate: ['дата доставки', 'delivery date', 'shipping date'],
  deliveryWindow: [
    'время доставки',
    'интервал',
    'интервал доставки',
    'окно',
    'delivery time',
    'delivery window',
    'time slot',
  ],
  trackingNumber: [
    'трек',
    'трек номер',
    'трек-номер',
    'почтовый идентификатор',
    'tracking',
    'tracking number',
  ],
  comment: ['комментарий', 'примечание', 'комментарий клиента', 'comment', 'note', 'notes'],
};

const CUSTOMER_HEADERS: Record<CustomerImportField, string[]> = {
  name: ORDER_HEADERS.customerName,
  phone: ORDER_HEADERS.customerPhone,
  email: ORDER_HEADERS.customerEmail,
  address: ORDER_HEADERS.address,
  note: ['комментарий', 'примечание', 'заметка', 'заметки', 'comment', 'note', 'notes'],
};

/** A header as compared: folded, punctuation made space ("Кол-во:" = "кол во"). */
export function headerKey(header: string): string {
  return foldValue(header)
    .replace(/[^\p{L}\p{N}№#]+/gu, ' ')
    .trim();
}

function index<F extends string>(table: Record<F, string[]>): Map<string, F> {
  const map = new Map<string, F>();
  for (const [field, names] of Object.entries(table) as [F, string[]][]) {
    for (const name of names) if (!map.has(headerKey(name))) map.set(headerKey(name), field);
  }
  return map;
}
const ORDER_INDEX = index(ORDER_HEADERS);
const CUSTOMER_INDEX = index(CUSTOMER_HEADERS);

/** Whether a header cell names a field the app knows (tells a header row from data). */
export function isKnownHeader(text: string): boolean {
  const key = headerKey(text);
  return ORDER_INDEX.has(key) || CUSTOMER_INDEX.has(key);
}

/** Headers shops use for the delivery's price and for how it goes alike: the values decide. */
const FEE_OR_METHOD = new Set(['доставка', 'delivery', 'shipping'].map(headerKey));
/** "300", "1 234,50", "300 ₽", "$5.00": an amount, as a suggestion goes (the check reads it properly). */
const LOOKS_LIKE_AMOUNT = /^[$€]?\s*[\d\s.,'’]+\s*(₽|руб\.?|р\.?|rub|usd|eur|\$|€)?$/iu;

/**
 * A mapping guessed from header names: an exact name first; then a header that starts with a known
 * name ("Телефон покупателя"). Each field takes the first column that names it. A "Доставка" column
 * is the delivery fee when its sample values are amounts, and the delivery method otherwise.
 */
export function suggestMapping(
  headers: string[],
  target: 'orders' | 'customers',
  samples: string[][] = [],
): ImportMapping {
  const table = target === 'orders' ? ORDER_INDEX : CUSTOMER_INDEX;
  const mapping: Record<string, number> = {};
  const taken = new Set<number>();
  const assign = (field: string, column: number) => {
    if (mapping[field] !== undefined || taken.has(column)) return;
    mapping[field] = column;
    taken.add(column);
  };
  const keys = headers.map(headerKey);
  keys.forEach((key, column) => {
    let field: string | undefined = table.get(key);
    const values = samples[column] ?? [];
    if (target === 'orders' && FEE_OR_METHOD.has(key) && values.length > 0) {
      field = values.every((v) => LOOKS_LIKE_AMOUNT.test(v)) ? 'deliveryFee' : 'deliveryMethod';
    }
    if (field) assign(field, column);
  });
  const byLength = [...table.entries()].sort((a, b) => b[0].length - a[0].length);
  keys.forEach((key, column) => {
    if (!key || taken.has(column)) return;
    const hit = byLength.find(([name]) => name.length >= 3 && key.startsWith(`${name} `));
    if (hit) assign(hit[1], column);
  });
  return mapping as ImportMapping;
}

const CODES: Record<ImportEnumField, readonly string[]> = {
  paymentMethod: PAYMENT_METHODS,
  paymentStatus: PAYMENT_STATUSES,
  deliveryMethod: DELIVERY_METHODS,
  status: ORDER_STATUSES,
};
const NAME_GROUP: Record<
  ImportEnumField,
  'paymentMethod' | 'paymentStatus' | 'deliveryMethod' | 'orderStatus'
> = {
  paymentMethod: 'paymentMethod',
  paymentStatus: 'paymentStatus',
  deliveryMethod: 'deliveryMethod',
  status: 'orderStatus',
};

/** Folded value → code for one code column: "cash_on_delivery", "Cash on delivery", "Наличные курьеру". */
export function knownValues(field: ImportEnumField): Map<string, string> {
  const map = new Map<string, string>();
  for (const code of CODES[field]) {
    map.set(foldValue(code), code);
    map.set(foldValue(code.replace(/_/g, ' ')), code);
  }
  for (const language of ['en', 'ru'] as const) {
    const names = codeNames(language)[NAME_GROUP[field]] as Record<string, string>;
    for (const [code, name] of Object.entries(names)) {
      if (!map.has(foldValue(name))) map.set(foldValue(name), code);
    }
  }
  return map;
}
