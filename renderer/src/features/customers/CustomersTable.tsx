import { Box, Group, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CUSTOMER_SORTS } from '../../../../shared/contract/customers';
import { useFormatters } from '../../lib/format';
import { displayPhone } from '../../lib/phone-display';
import { FlagBadges } from '../customer-card/FlagBadges';
import classes from './CustomersTable.module.css';
import { useCustomerPages, type CustomerFilter } from './use-customer-pages';

type Sort = (typeof CUSTOMER_SORTS)[number];

const ROW_HEIGHT = 40;
const COLUMNS = 'minmax(180px, 2fr) 170px minmax(150px, 1fr) 80px 130px 130px 90px';

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
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer hands out fresh functions each render; nothing here memoizes on them.
  // eslint-disable-next-line react-hooks/incompatible-library -- rows are rendered inline, not memoized
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const pages = useCustomerPages(filter, items[0]?.index ?? 0, items.at(-1)?.index ?? 0);

  const header = (label: string, sort?: Sort, align: 'left' | 'right' = 'left') => {
    const current = sort !== undefined && filter.sort === sort;
    const Arrow = filter.descending ? IconArrowDown : IconArrowUp;
    const content = (
      <Group gap={4} justify={align === 'right' ? 'flex-end' : 'flex-start'} wrap="nowrap">
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {label}
        </Text>
        {current && <Arrow size={12} aria-hidden />}
      </Group>
    );
    return (
      <div
        role="columnheader"
        aria-sort={current ? (filter.descending ? 'descending' : 'ascending') : undefined}
      >
        {sort ? (
          <UnstyledButton onClick={() => onSort(sort)} w="100%">
            {content}
          </UnstyledButton>
        ) : (
          content
        )}
      </div>
    );
  };

  return (
    <Box
      role="table"
      aria-label={t('customers.tableLabel')}
      aria-rowcount={total + 1}
      bg="white"
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Box
        role="row"
        aria-rowindex={1}
        px="sm"
        py={8}
        style={{
          display: 'grid',
          gridTemplateColumns: COLUMNS,
          gap: 'var(--mantine-spacing-sm)',
          borderBottom: '1px solid var(--mantine-color-gray-3)',
        }}
      >
        {header(t('customers.col.name'), 'name')}
        {header(t('customers.col.phone'))}
        {header(t('customers.col.flags'))}
        {header(t('customers.col.orders'), undefined, 'right')}
        {header(t('customers.col.revenue'), 'revenue', 'right')}
        {header(t('customers.col.losses'), 'losses', 'right')}
        {header(t('customers.col.incidents'), 'incidents', 'right')}
      </Box>
      <div
        ref={scroller}
        data-testid="customers-scroller"
        style={{ height: 'max(320px, calc(100vh - 330px))', overflow: 'auto', position: 'relative' }}
      >
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            return (
              <Box
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                tabIndex={row ? 0 : -1}
                px="sm"
                onClick={() => row && void navigate(`/customers/${row.id}`)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && row) void navigate(`/customers/${row.id}`);
                }}
                className={classes.row}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: COLUMNS,
                  gap: 'var(--mantine-spacing-sm)',
                  alignItems: 'center',
                  cursor: row ? 'pointer' : undefined,
                  borderBottom: '1px solid var(--mantine-color-gray-1)',
                }}
              >
                {row ? (
                  <>
                    <Text role="cell" size="sm" fw={600} truncate>
                      {row.name || t('card.unnamed')}
                    </Text>
                    <Text role="cell" size="sm" truncate>
                      {row.phone ? displayPhone(row.phone) : '—'}
                    </Text>
                    <div role="cell">
                      <FlagBadges flags={row} />
                    </div>
                    <Text role="cell" size="sm" ta="right">
                      {format.number(row.ordersCount)}
                    </Text>
                    <Text role="cell" size="sm" ta="right">
                      {format.money(row.revenue)}
                    </Text>
                    <Text role="cell" size="sm" ta="right" c={row.losses > 0 ? 'red.8' : undefined}>
                      {format.money(row.losses)}
                    </Text>
                    <Text role="cell" size="sm" ta="right">
                      {format.number(row.incidentsCount)}
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
