import { useDebouncedValue } from '@mantine/hooks';
import { useWatch, type Control } from 'react-hook-form';
import { parseMoney } from '../../../../shared/domain/money';
import { isIsoDate } from '../../../../shared/domain/dates';
import { useChannelQuery } from '../../lib/query';
import { itemsTotal, type OrderFormValues, type OrderInput } from './order-form';

/**
 * What the shop's rules say about the order as it is being typed (orders.check): the same policy
 * saving applies, asked again as the customer, amounts, payment and address change — so the
 * operator sees "prepayment only" or "ask for a landline" while the caller is still on the line.
 */
export function useOrderCheck(
  control: Control<OrderFormValues, unknown, OrderInput>,
  currency: string,
  orderId?: number,
) {
  const [customerId, items, deliveryFee, paymentMethod, paymentStatus, address, chequeReceivedOn] = useWatch({
    control,
    name: [
      'customerId',
      'items',
      'deliveryFee',
      'paymentMethod',
      'paymentStatus',
      'address',
      'chequeReceivedOn',
    ],
  });
  const fee = parseMoney(deliveryFee, currency) ?? 0;
  const input = {
    customerId: customerId ?? 1,
    ...(orderId === undefined ? {} : { orderId }),
    total: Math.min(Number.MAX_SAFE_INTEGER, itemsTotal(items, currency) + Math.max(0, fee)),
    paymentMethod,
    paymentStatus,
    address: address.trim().slice(0, 500),
    chequeReceivedOn: isIsoDate(chequeReceivedOn.trim()) ? chequeReceivedOn.trim() : null,
  };
  // Typing a price or an address asks once the keys pause, not once per key. Debounced as text:
  // a new object each render would restart the wait for ever.
  const text = JSON.stringify(input);
  const [settled] = useDebouncedValue(text, 150);
  const asked = JSON.parse(settled) as typeof input;
  const sameCustomer = customerId !== null && asked.customerId === customerId;
  const query = useChannelQuery('orders.check', asked, { enabled: sameCustomer, keepPrevious: true });
  return {
    /** The answer for this customer (possibly for the fields of a moment ago), or undefined. */
    check: sameCustomer && query.data?.customerId === customerId ? query.data : undefined,
    /** The answer is for the fields exactly as they are now: saving meets what it shows. */
    current: settled === text && !query.isPlaceholderData && !query.isFetching,
    error: query.error,
  };
}
