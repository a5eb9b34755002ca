import { useQueries } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { channelKey } from '../../lib/query';

export const AUDIT_PAGE_SIZE = 200;

export type AuditFilter = Omit<ChannelInput<'audit.list'>, 'offset' | 'limit'>;
type Page = ChannelOutput<'audit.list'>;
export type AuditRow = Page['rows'][number];

/**
 * The audit entries in view, fetched by offset as the list scrolls. Always fresh when the page
 * opens: every change anywhere writes an entry, and no single domain's event names them all.
 */
export function useAuditPages(filter: AuditFilter, firstIndex: number, lastIndex: number) {
  const first = Math.floor(Math.max(0, firstIndex) / AUDIT_PAGE_SIZE);
  const last = Math.max(first, Math.floor(Math.max(0, lastIndex) / AUDIT_PAGE_SIZE));
  const pages = [0];
  for (let page = Math.max(1, first); page <= last; page += 1) pages.push(page);
  const results = useQueries({
    queries: pages.map((page) => {
      const input = { ...filter, offset: page * AUDIT_PAGE_SIZE, limit: AUDIT_PAGE_SIZE };
      return { queryKey: channelKey('audit.list', input), queryFn: () => call('audit.list', input) };
    }),
  });
  const loaded = new Map<number, Page>();
  results.forEach((result, i) => {
    if (result.data) loaded.set(pages[i]!, result.data);
  });
  return {
    rowAt: (index: number): AuditRow | undefined =>
      loaded.get(Math.floor(index / AUDIT_PAGE_SIZE))?.rows[index % AUDIT_PAGE_SIZE],
  };
}
