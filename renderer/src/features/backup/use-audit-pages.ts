import type { ChannelInput } from '../../../../shared/contract';
import { usePagedRows, type PageRow } from '../../lib/paged-rows';

export const AUDIT_PAGE_SIZE = 200;

export type AuditFilter = Omit<ChannelInput<'audit.list'>, 'offset' | 'limit'>;
export type AuditRow = PageRow<'audit.list'>;

/**
 * The audit entries in view, fetched by offset as the list scrolls. Always fresh when the page
 * opens: every change anywhere writes an entry, and no single domain's event names them all.
 */
export const useAuditPages = (filter: AuditFilter, firstIndex: number, lastIndex: number) =>
  usePagedRows('audit.list', filter, firstIndex, lastIndex, AUDIT_PAGE_SIZE);
