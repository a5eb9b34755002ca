import { useQueries } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { channelKey } from '../../lib/query';

export const PAGE_SIZE = 200;

export type IncidentFilter = Omit<ChannelInput<'incidents.list'>, 'offset' | 'limit'>;
type Page = ChannelOutput<'incidents.list'>;
export type IncidentRow = Page['rows'][number];

/** The rows of a filtered register, fetched by page as the visible range needs them. */
export function useIncidentPages(filter: IncidentFilter, firstIndex: number, lastIndex: number) {
  const first = Math.floor(Math.max(0, firstIndex) / PAGE_SIZE);
  const last = Math.max(first, Math.floor(Math.max(0, lastIndex) / PAGE_SIZE));
  const pages = [0];
  for (let page = Math.max(1, first); page <= last; page += 1) pages.push(page);
  const results = useQueries({
    queries: pages.map((page) => {
      const input = { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
      return { queryKey: channelKey('incidents.list', input), queryFn: () => call('incidents.list', input) };
    }),
  });
  const loaded = new Map<number, Page>();
  results.forEach((result, i) => {
    if (result.data) loaded.set(pages[i]!, result.data);
  });
  return {
    rowAt: (index: number): IncidentRow | undefined =>
      loaded.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE],
  };
}
