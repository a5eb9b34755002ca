import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CUSTOMER_SORTS } from '../../../../shared/contract/customers';
import { useVirtualRows, VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useFormatters } from '../../lib/format';
import { displayPhone } from '../../lib/phone-display';
import { FlagBadges } from '../customer-card/FlagBadges';
import { useCustomerPages, type CustomerFilter, type CustomerRow } from './use-customer-pages';

type Sort = (typeof CUSTOMER_SORTS)[number];

const ROW_HEIGHT = 40;

interface CustomersTableProps {
  filter: CustomerFilter;
  total: number;
  onSort: (sort: Sort) => void;
}

/** A window onto the whole list: only the rows in view are in the page, pages load as it scrolls. */
export function CustomersTable({ filter, total, onSort }: CustomersTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const { scrollerRef, ...rows } = useVirtualRows(total, ROW_HEIGHT);
  const pages = useCustomerPages(filter, rows.first, rows.last);
  const columns: VirtualColumn<CustomerRow, Sort>[] = [
    {
      label: t('customers.col.name'),
      width: 'minmax(180px, 2fr)',
      sort: 'name',
      text: { fw: 600, truncate: true },
      cell: (row) => row.name || t('card.unnamed'),
    },
    {
      label: t('customers.col.phone'),
      width: '170px',
      text: { truncate: true },
      cell: (row) => (row.phone ? displayPhone(row.phone) : '—'),
    },
    {
      label: t('customers.col.flags'),
      width: 'minmax(150px, 1fr)',
      text: 'block',
      cell: (row) => <FlagBadges flags={row} />,
    },
    {
      label: t('customers.col.orders'),
      width: '80px',
      align: 'right',
      cell: (row) => format.number(row.ordersCount),
    },
    {
      label: t('customers.col.revenue'),
      width: '130px',
      align: 'right',
      sort: 'revenue',
      cell: (row) => format.money(row.revenue),
    },
    {
      label: t('customers.col.losses'),
      width: '130px',
      align: 'right',
      sort: 'losses',
      text: (row) => ({ c: row.losses > 0 ? 'red.8' : undefined }),
      cell: (row) => format.money(row.losses),
    },
    {
      label: t('customers.col.incidents'),
      width: '90px',
      align: 'right',
      sort: 'incidents',
      cell: (row) => format.number(row.incidentsCount),
    },
  ];

  return (
    <VirtualTable
      label={t('customers.tableLabel')}
      scrollerTestId="customers-scroller"
      rows={rows}
      scrollerRef={scrollerRef}
      rowAt={pages.rowAt}
      columns={columns}
      onOpen={(row) => void navigate(`/customers/${row.id}`)}
      sorting={{ by: filter.sort, descending: filter.descending, onSort }}
    />
  );
}
