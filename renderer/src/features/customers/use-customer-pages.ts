import { useQueries } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { channelKey } from '../../lib/query';

export const PAGE_SIZE = 200;

export type CustomerFilter = Omit<Required<ChannelInput<'customers.list'>>, 'offset' | 'limit' | 'flag'> &
  Pick<ChannelInput<'customers.list'>, 'flag'>;
type Page = ChannelOutput<'customers.list'>;
export type CustomerRow = Page['rows'][number];

/**
 * The rows of a filtered, sorted customers list, fetched by page as the visible range needs
 * them. Page 0 is always asked for: it carries the total before anything is scrolled.
 */
export function useCustomerPages(filter: CustomerFilter, firstIndex: number, lastIndex: number) {
  const first = Math.floor(Math.max(0, firstIndex) / PAGE_SIZE);
  const last = Math.max(first, Math.floor(Math.max(0, lastIndex) / PAGE_SIZE));
  const pages = [0];
  for (let page = Math.max(1, first); page <= last; page += 1) pages.push(page);

  const results = useQueries({
    queries: pages.map((page) => {
      const input = { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
      return {
        queryKey: channelKey('customers.list', input),
        queryFn: () => call('customers.list', input),
      };
    }),
  });

  const loaded = new Map<number, Page>();
  results.forEach((result, i) => {
    if (result.data) loaded.set(pages[i]!, result.data);
  });
  const head = results[0];
  return {
    total: loaded.get(0)?.total ?? [...loaded.values()][0]?.total ?? null,
    isPending: head?.isPending ?? true,
    error: results.find((result) => result.error)?.error ?? null,
    rowAt: (index: number): CustomerRow | undefined =>
      loaded.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE],
  };
}
