import { isDeliveryCause } from '../../../../shared/domain/attribution';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';
import type { LogDraft } from './log-incident-form';

/**
 * What the logging form offers for the links: the customer's orders, the couriers, and what the
 * chosen order brings (its courier for a cause about the delivery, unless one was picked by
 * hand; its delivery date, the dispatch a lost parcel's follow-up counts from).
 */
export function useLogLinks(draft: LogDraft, prefilledOrder: { id: number; number: string } | null) {
  const format = useFormatters();
  const customerId = draft.customer?.id ?? null;
  const couriers = useChannelQuery('couriers.list', { includeInactive: true });
  const orders = useChannelQuery(
    'customers.history',
    { id: customerId ?? 1, tab: 'orders', offset: 0, limit: 100 },
    { enabled: customerId !== null },
  );
  const order = useChannelQuery(
    'orders.get',
    { id: draft.orderId ?? 1 },
    { enabled: draft.orderId !== null },
  );
  const orderData = draft.orderId !== null ? order.data?.order : undefined;
  // The order's courier only for a cause about the delivery (the attribution rule, as in main).
  const orderCourier =
    draft.cause !== null && isDeliveryCause(draft.cause) ? (orderData?.courier?.id ?? null) : null;
  const courierId = draft.courierTouched ? draft.courierId : orderCourier;

  const orderOptions = (orders.data?.rows ?? []).map((row) => ({
    value: String(row.id),
    label: `${row.title} · ${format.day(row.at)}`,
  }));
  if (prefilledOrder && !orderOptions.some((option) => option.value === String(prefilledOrder.id)))
    orderOptions.unshift({ value: String(prefilledOrder.id), label: prefilledOrder.number });
  const courierOptions = (couriers.data ?? [])
    .filter((courier) => courier.active || courier.id === courierId)
    .map((courier) => ({ value: String(courier.id), label: courier.name }));

  return {
    courierId,
    deliveryDate: orderData?.deliveryDate ?? null,
    deliveryMethod: orderData?.deliveryMethod ?? null,
    orderOptions,
    courierOptions,
  };
}
