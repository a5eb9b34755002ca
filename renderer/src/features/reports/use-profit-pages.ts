import type { ChannelInput } from '../../../../shared/contract';
import { usePagedRows, type PageRow } from '../../lib/paged-rows';

export const PROFIT_PAGE_SIZE = 200;

export type ProfitFilter = Pick<ChannelInput<'reports.profitability'>, 'class'> &
  Required<Pick<ChannelInput<'reports.profitability'>, 'order'>>;
export type ProfitRow = PageRow<'reports.profitability'>;

/** The first page of the ranked list: it also carries the classes, the scatter and the rule. */
export function profitHeadInput(filter: ProfitFilter): ChannelInput<'reports.profitability'> {
  return { ...filter, offset: 0, limit: PROFIT_PAGE_SIZE };
}

/**
 * The ranked customers, fetched by page as the rows in view need them (the same pages as the
 * head query, so page 0 is shared with the screen's).
 */
export const useProfitPages = (filter: ProfitFilter, firstIndex: number, lastIndex: number) =>
  usePagedRows('reports.profitability', filter, firstIndex, lastIndex, PROFIT_PAGE_SIZE);
