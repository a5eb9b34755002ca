import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualRows, VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useFormatters } from '../../lib/format';
import { AuditDetailsDialog } from './AuditDetailsDialog';
import { actionName, changeSummary, whatText } from './audit-text';
import { useAuditPages, type AuditFilter, type AuditRow } from './use-audit-pages';

const ROW_HEIGHT = 38;

/** The audit log, newest first: only the rows in view are in the page; Enter opens an entry. */
export function AuditTable({ filter, total }: { filter: AuditFilter; total: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [open, setOpen] = useState<AuditRow | null>(null);
  const { scrollerRef, ...rows } = useVirtualRows(total, ROW_HEIGHT);
  const pages = useAuditPages(filter, rows.first, rows.last);
  const columns: VirtualColumn<AuditRow>[] = [
    {
      label: t('audit.col.when'),
      width: '176px',
      text: { truncate: true },
      cell: (row) => format.dateTime(row.at),
    },
    {
      label: t('audit.col.who'),
      width: 'minmax(90px, 1fr)',
      text: { truncate: true },
      cell: (row) => row.by ?? t('audit.system'),
    },
    {
      label: t('audit.col.action'),
      width: 'minmax(150px, 1.6fr)',
      text: { truncate: true, fw: 500 },
      cell: (row) => actionName(row.action, t),
    },
    {
      label: t('audit.col.what'),
      width: 'minmax(110px, 1fr)',
      text: { truncate: true },
      cell: (row) => whatText(row, t),
    },
    {
      label: t('audit.col.note'),
      width: 'minmax(90px, 1fr)',
      text: { truncate: true, c: 'dimmed' },
      cell: (row) => row.note || '—',
    },
    {
      label: t('audit.col.change'),
      width: 'minmax(200px, 3fr)',
      text: { truncate: true, ff: 'monospace', fz: 'xs' },
      cell: (row) => changeSummary(row, t, format) || '—',
    },
  ];
  return (
    <>
      <VirtualTable
        label={t('audit.tableLabel')}
        scrollerTestId="audit-scroller"
        rows={rows}
        scrollerRef={scrollerRef}
        rowAt={pages.rowAt}
        columns={columns}
        onOpen={setOpen}
      />
      {open && <AuditDetailsDialog row={open} onClose={() => setOpen(null)} />}
    </>
  );
}
