import { Group, Text } from '@mantine/core';
import { SelectCell, type Selection } from './SelectCell';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useVirtualRows, VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useFormatters } from '../../lib/format';
import { useCompactDates } from './compact-dates';
import { IncidentStatusBadge, OverdueBadge } from './IncidentBadges';
import { useIncidentPages, type IncidentFilter, type IncidentRow } from './use-incident-pages';

const ROW_HEIGHT = 40;

/** Only the rows in view are in the page; pages load as it scrolls. Overdue follow-ups stand out. */
export function IncidentsTable({
  filter,
  total,
  selection,
}: {
  filter: IncidentFilter;
  total: number;
  /** Check boxes for bulk resolve (RegisterRows). */
  selection?: Selection;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dates = useCompactDates();
  const navigate = useNavigate();
  const { scrollerRef, ...rows } = useVirtualRows(total, ROW_HEIGHT);
  const pages = useIncidentPages(filter, rows.first, rows.last);
  const columns: VirtualColumn<IncidentRow>[] = [
    ...(selection
      ? [
          {
            label: '',
            width: '24px',
            text: 'block' as const,
            cell: (row: IncidentRow) => <SelectCell row={row} selection={selection} />,
          },
        ]
      : []),
    { label: t('incidents.col.happened'), width: '88px', cell: (row) => dates.day(row.happenedOn) },
    {
      label: t('incidents.col.cause'),
      width: 'minmax(140px, 2fr)',
      text: { fw: 500, truncate: true },
      cell: (row) => t(`codes.incidentCause.${row.cause}`),
    },
    {
      label: t('incidents.col.customer'),
      width: 'minmax(100px, 1.4fr)',
      text: { truncate: true },
      cell: (row) => (row.customerId === null ? '—' : row.customerName || t('card.unnamed')),
    },
    {
      label: t('incidents.col.order'),
      width: '84px',
      text: { truncate: true },
      cell: (row) => row.orderNumber ?? '—',
    },
    {
      label: t('incidents.col.courier'),
      width: 'minmax(80px, 1fr)',
      text: { truncate: true },
      cell: (row) => row.courierName ?? '—',
    },
    {
      label: t('incidents.col.status'),
      width: '128px',
      text: 'block',
      cell: (row) => (
        <IncidentStatusBadge
          status={row.status}
          waitingFor={row.waitingFor}
          short
          size="sm"
          tt="none"
          maw="100%"
        />
      ),
    },
    {
      label: t('incidents.col.fault'),
      width: '90px',
      text: { truncate: true },
      cell: (row) => t(`codes.fault.${row.fault}`),
    },
    {
      label: t('incidents.col.followUp'),
      width: '104px',
      text: 'block',
      cell: (row) =>
        row.overdue ? (
          <Group>
            <OverdueBadge
              size="sm"
              tt="none"
              title={
                row.followUpDue
                  ? t('incidents.overdueSince', { date: format.dateTime(row.followUpDue) })
                  : undefined
              }
            />
          </Group>
        ) : (
          <Text size="sm" c="dimmed" truncate>
            {row.followUpDue === null || row.status === 'resolved' || row.status === 'rejected'
              ? '—'
              : dates.date(row.followUpDue)}
          </Text>
        ),
    },
    {
      label: t('incidents.col.net'),
      width: '112px',
      align: 'right',
      text: (row) => ({ fw: 500, c: row.net > 0 ? 'red.8' : row.net < 0 ? 'teal.8' : 'dimmed' }),
      cell: (row) => format.money(row.net),
    },
  ];

  return (
    <VirtualTable
      label={t('incidents.tableLabel')}
      scrollerTestId="incidents-scroller"
      rows={rows}
      scrollerRef={scrollerRef}
      rowAt={pages.rowAt}
      columns={columns}
      onOpen={(row) => void navigate(`/incidents/${row.id}`)}
    />
  );
}
