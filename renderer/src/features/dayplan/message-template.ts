import type { TFunction } from 'i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import type { Formatters } from '../../lib/format';

type CallRow = ChannelOutput<'calls.list'>[number];

/** The placeholders a message template may use (Settings → the message instead of a call). */
export const MESSAGE_PLACEHOLDERS = ['number', 'date', 'window', 'amount', 'address', 'shop'] as const;

/** What the customer pays on delivery, in the customer's words (not the courier's). */
function amountWords(row: CallRow, t: TFunction, format: Formatters): string {
  if (row.door.kind === 'collect') return format.money(row.door.amount);
  if (row.door.kind === 'paid') return t('plan.message.amountPaid');
  return t('plan.message.amountAwaited');
}

/**
 * The message for one customer: the shop's template, or the app's text in the UI language when
 * the shop has none, with each {placeholder} filled in. An unknown {word} is left as typed.
 */
export function composeMessage(
  template: string,
  row: CallRow,
  context: { date: string; shop: string },
  t: TFunction,
  format: Formatters,
): string {
  const values: Record<(typeof MESSAGE_PLACEHOLDERS)[number], string> = {
    number: row.number,
    date: format.day(context.date),
    window: row.window ? `${row.window.from}–${row.window.to}` : '',
    amount: amountWords(row, t, format),
    address: row.address,
    shop: context.shop,
  };
  const text = template.trim() === '' ? t('plan.message.defaultTemplate') : template;
  return text
    .replace(/\{(\w+)\}/g, (whole, key: string) =>
      key in values ? values[key as keyof typeof values] : whole,
    )
    .replace(/ {2,}/g, ' ')
    .replace(/ ([.,:])/g, '$1');
}

/** Links that open the operator's SMS app or WhatsApp with the number and the text. */
export function messageLinks(phone: string | null, text: string): { sms: string; whatsApp: string } | null {
  const digits = phone?.replace(/\D/g, '') ?? '';
  if (digits.length < 7) return null;
  const body = encodeURIComponent(text);
  return { sms: `sms:+${digits}?body=${body}`, whatsApp: `https://wa.me/${digits}?text=${body}` };
}
