import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useVirtualRows, VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useFormatters } from '../../lib/format';
import { StatusBadge } from './StatusBadge';
import { useOrderPages, type OrderFilter, type OrderRow } from './use-order-pages';

const ROW_HEIGHT = 38;

/** Only the rows in view are in the page; pages load as it scrolls. */
export function OrdersTable({ filter, total }: { filter: OrderFilter; total: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const { scrollerRef, ...rows } = useVirtualRows(total, ROW_HEIGHT);
  const pages = useOrderPages(filter, rows.first, rows.last);
  const columns: VirtualColumn<OrderRow>[] = [
    {
      label: t('orders.col.number'),
      width: '100px',
      text: { fw: 600, truncate: true },
      cell: (row) => row.number,
    },
    { label: t('orders.col.ordered'), width: '100px', cell: (row) => format.day(row.orderedOn) },
    {
      label: t('orders.col.customer'),
      width: 'minmax(140px, 2fr)',
      text: { truncate: true },
      cell: (row) => row.customerName || t('card.unnamed'),
    },
    {
      label: t('orders.col.delivery'),
      width: '100px',
      cell: (row) => (row.deliveryDate ? format.day(row.deliveryDate) : '—'),
    },
    {
      label: t('orders.col.courier'),
      width: 'minmax(100px, 1fr)',
      text: { truncate: true },
      cell: (row) => row.courierName ?? '—',
    },
    {
      label: t('orders.col.payment'),
      width: '140px',
      text: { truncate: true },
      cell: (row) => t(`codes.paymentMethod.${row.paymentMethod}`),
    },
    {
      label: t('orders.col.status'),
      width: '130px',
      text: 'block',
      cell: (row) => <StatusBadge status={row.status} size="sm" />,
    },
    { label: t('orders.col.total'), width: '110px', align: 'right', cell: (row) => format.money(row.total) },
  ];

  return (
    <VirtualTable
      label={t('orders.tableLabel')}
      scrollerTestId="orders-scroller"
      rows={rows}
      scrollerRef={scrollerRef}
      rowAt={pages.rowAt}
      columns={columns}
      onOpen={(row) => void navigate(`/orders/${row.id}`)}
    />
  );
}
