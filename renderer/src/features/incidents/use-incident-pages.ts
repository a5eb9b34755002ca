import type { ChannelInput } from '../../../../shared/contract';
import { usePagedRows, type PageRow } from '../../lib/paged-rows';

export const PAGE_SIZE = 200;

export type IncidentFilter = Omit<ChannelInput<'incidents.list'>, 'offset' | 'limit'>;
export type IncidentRow = PageRow<'incidents.list'>;

/** The rows of a filtered register, fetched by page as the visible range needs them. */
export const useIncidentPages = (filter: IncidentFilter, firstIndex: number, lastIndex: number) =>
  usePagedRows('incidents.list', filter, firstIndex, lastIndex, PAGE_SIZE);
