import { useQueries } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { channelKey } from '../../lib/query';

export const PROFIT_PAGE_SIZE = 200;

export type ProfitFilter = Pick<ChannelInput<'reports.profitability'>, 'class'> &
  Required<Pick<ChannelInput<'reports.profitability'>, 'order'>>;
type Page = ChannelOutput<'reports.profitability'>;
export type ProfitRow = Page['rows'][number];

/** The first page of the ranked list: it also carries the classes, the scatter and the rule. */
export function profitHeadInput(filter: ProfitFilter): ChannelInput<'reports.profitability'> {
  return { ...filter, offset: 0, limit: PROFIT_PAGE_SIZE };
}

/**
 * The ranked customers, fetched by page as the rows in view need them (the same pages as the
 * head query, so page 0 is shared with the screen's).
 */
export function useProfitPages(filter: ProfitFilter, firstIndex: number, lastIndex: number) {
  const first = Math.floor(Math.max(0, firstIndex) / PROFIT_PAGE_SIZE);
  const last = Math.max(first, Math.floor(Math.max(0, lastIndex) / PROFIT_PAGE_SIZE));
  const pages = [0];
  for (let page = Math.max(1, first); page <= last; page += 1) pages.push(page);
  const results = useQueries({
    queries: pages.map((page) => {
      const input = { ...filter, offset: page * PROFIT_PAGE_SIZE, limit: PROFIT_PAGE_SIZE };
      return {
        queryKey: channelKey('reports.profitability', input),
        queryFn: () => call('reports.profitability', input),
      };
    }),
  });
  const loaded = new Map<number, Page>();
  results.forEach((result, i) => {
    if (result.data) loaded.set(pages[i]!, result.data);
  });
  return {
    rowAt: (index: number): ProfitRow | undefined =>
      loaded.get(Math.floor(index / PROFIT_PAGE_SIZE))?.rows[index % PROFIT_PAGE_SIZE],
  };
}
