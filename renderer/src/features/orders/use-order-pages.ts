import type { ChannelInput } from '../../../../shared/contract';
import { usePagedRows, type PageRow } from '../../lib/paged-rows';

export const PAGE_SIZE = 200;

export type OrderFilter = Omit<ChannelInput<'orders.list'>, 'offset' | 'limit'>;
export type OrderRow = PageRow<'orders.list'>;

/** The rows of a filtered orders list, fetched by page as the visible range needs them. */
export const useOrderPages = (filter: OrderFilter, firstIndex: number, lastIndex: number) =>
  usePagedRows('orders.list', filter, firstIndex, lastIndex, PAGE_SIZE);
