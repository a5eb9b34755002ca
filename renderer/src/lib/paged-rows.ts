import { useQueries } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { call } from './api';
import { channelKey } from './query';

/** Channels that answer a page of `rows` for an `offset` and a `limit`. */
export type PagedChannel = {
  [C in ChannelName]: ChannelOutput<C> extends { rows: readonly unknown[] }
    ? ChannelInput<C> extends { offset?: number; limit?: number }
      ? C
      : never
    : never;
}[ChannelName];

export type PageFilter<C extends PagedChannel> = Omit<ChannelInput<C>, 'offset' | 'limit'>;
export type PageRow<C extends PagedChannel> = ChannelOutput<C>['rows'][number];

/**
 * The rows of a long list in view, fetched by page as a virtual table scrolls. Page 0 is always
 * asked for: it carries the totals before anything is scrolled, and the screen's own query of the
 * head shares it.
 */
export function usePagedRows<C extends PagedChannel>(
  channel: C,
  filter: PageFilter<C>,
  firstIndex: number,
  lastIndex: number,
  pageSize: number,
): { rowAt: (index: number) => PageRow<C> | undefined } {
  const first = Math.floor(Math.max(0, firstIndex) / pageSize);
  const last = Math.max(first, Math.floor(Math.max(0, lastIndex) / pageSize));
  const pages = [0];
  for (let page = Math.max(1, first); page <= last; page += 1) pages.push(page);
  const results = useQueries({
    queries: pages.map((page) => {
      const input = { ...filter, offset: page * pageSize, limit: pageSize } as ChannelInput<C>;
      return { queryKey: channelKey(channel, input), queryFn: () => call(channel, input) };
    }),
  });
  const loaded = new Map<number, ChannelOutput<C>>();
  results.forEach((result, i) => {
    if (result.data) loaded.set(pages[i]!, result.data as ChannelOutput<C>);
  });
  return {
    rowAt: (index) =>
      loaded.get(Math.floor(index / pageSize))?.rows[index % pageSize] as PageRow<C> | undefined,
  };
}
