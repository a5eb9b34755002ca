import { Box, Skeleton, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatters } from '../../lib/format';
import classes from '../customers/CustomersTable.module.css';
import { StatusBadge } from './StatusBadge';
import { useOrderPages, type OrderFilter } from './use-order-pages';

const ROW_HEIGHT = 38;
const COLUMNS = '100px 100px minmax(140px, 2fr) 100px minmax(100px, 1fr) 140px 130px 110px';

/** Only the rows in view are in the page; pages load as it scrolls. */
export function OrdersTable({ filter, total }: { filter: OrderFilter; total: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- rows are rendered inline, not memoized
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const pages = useOrderPages(filter, items[0]?.index ?? 0, items.at(-1)?.index ?? 0);
  const grid = {
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    gap: 'var(--mantine-spacing-sm)',
    alignItems: 'center',
  } as const;
  const headers = [
    t('orders.col.number'),
    t('orders.col.ordered'),
    t('orders.col.customer'),
    t('orders.col.delivery'),
    t('orders.col.courier'),
    t('orders.col.payment'),
    t('orders.col.status'),
    t('orders.col.total'),
  ];

  return (
    <Box
      role="table"
      aria-label={t('orders.tableLabel')}
      aria-rowcount={total + 1}
      bg="white"
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Box
        role="row"
        aria-rowindex={1}
        px="sm"
        py={8}
        style={{ ...grid, borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        {headers.map((label, index) => (
          <Text
            key={label}
            role="columnheader"
            size="xs"
            fw={700}
            c="dimmed"
            tt="uppercase"
            ta={index === 7 ? 'right' : undefined}
          >
            {label}
          </Text>
        ))}
      </Box>
      <div
        ref={scroller}
        data-testid="orders-scroller"
        style={{ height: 'max(320px, calc(100vh - 330px))', overflow: 'auto', position: 'relative' }}
      >
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            const open = () => row && void navigate(`/orders/${row.id}`);
            return (
              <Box
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                tabIndex={row ? 0 : -1}
                px="sm"
                onClick={open}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') open();
                }}
                className={classes.row}
                style={{
                  ...grid,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  cursor: row ? 'pointer' : undefined,
                  borderBottom: '1px solid var(--mantine-color-gray-1)',
                }}
              >
                {row ? (
                  <>
                    <Text role="cell" size="sm" fw={600} truncate>
                      {row.number}
                    </Text>
                    <Text role="cell" size="sm">
                      {format.day(row.orderedOn)}
                    </Text>
                    <Text role="cell" size="sm" truncate>
                      {row.customerName || t('card.unnamed')}
                    </Text>
                    <Text role="cell" size="sm">
                      {row.deliveryDate ? format.day(row.deliveryDate) : '—'}
                    </Text>
                    <Text role="cell" size="sm" truncate>
                      {row.courierName ?? '—'}
                    </Text>
                    <Text role="cell" size="sm" truncate>
                      {t(`codes.paymentMethod.${row.paymentMethod}`)}
                    </Text>
                    <div role="cell">
                      <StatusBadge status={row.status} size="sm" />
                    </div>
                    <Text role="cell" size="sm" ta="right">
                      {format.money(row.total)}
                    </Text>
                  </>
                ) : (
                  <Skeleton role="cell" height={12} radius="sm" style={{ gridColumn: '1 / -1' }} />
                )}
              </Box>
            );
          })}
        </div>
      </div>
    </Box>
  );
}
