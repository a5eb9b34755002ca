import type { ChannelInput } from '../../../../shared/contract';
import { usePagedRows, type PageRow } from '../../lib/paged-rows';

export const PAGE_SIZE = 200;

export type CustomerFilter = Omit<Required<ChannelInput<'customers.list'>>, 'offset' | 'limit' | 'flag'> &
  Pick<ChannelInput<'customers.list'>, 'flag'>;
export type CustomerRow = PageRow<'customers.list'>;

/** The rows of a filtered, sorted customers list, fetched by page as the visible range needs them. */
export const useCustomerPages = (filter: CustomerFilter, firstIndex: number, lastIndex: number) =>
  usePagedRows('customers.list', filter, firstIndex, lastIndex, PAGE_SIZE);
