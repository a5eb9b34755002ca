import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useVirtualRows } from '../../components/VirtualTable';

export interface BucketColumn<Row> {
  label: string;
  width: string;
  align?: 'right';
  cell: (row: Row) => ReactNode;
  strong?: boolean;
}

const ROW_HEIGHT = 32;
/** Thirteen rows: a year of months fits without scrolling. */
const MAX_HEIGHT = 13 * ROW_HEIGHT;

/**
 * A chart's rows (a week or month each) as an ARIA table: only the rows in view are rendered,
 * so ten years of weeks cost what a dozen months do. The total row stays under the scroller.
 */
export function BucketTable<Row>({
  label,
  rows,
  columns,
  total,
  testId,
}: {
  label: string;
  rows: readonly Row[];
  columns: readonly BucketColumn<Row>[];
  /** The last row, kept in view: the period's totals. */
  total?: Row;
  testId: string;
}) {
  const { scrollerRef, ...virtual } = useVirtualRows(rows.length, ROW_HEIGHT);
  const grid = {
    display: 'grid',
    gridTemplateColumns: columns.map((column) => column.width).join(' '),
    gap: 'var(--mantine-spacing-sm)',
    alignItems: 'center',
  } as const;
  const cells = (row: Row, strong = false) =>
    columns.map((column, index) => (
      <Text
        key={index}
        role={index === 0 ? 'rowheader' : 'cell'}
        size="sm"
        ta={column.align}
        fw={strong || column.strong ? 700 : undefined}
        truncate
      >
        {column.cell(row)}
      </Text>
    ));

  return (
    <Box
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + (total ? 2 : 1)}
      data-testid={testId}
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Box
        role="row"
        aria-rowindex={1}
        px="sm"
        py={6}
        style={{ ...grid, borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        {columns.map((column, index) => (
          <Text
            key={index}
            role="columnheader"
            size="xs"
            fw={700}
            c="dimmed"
            tt="uppercase"
            ta={column.align}
          >
            {column.label}
          </Text>
        ))}
      </Box>
      <div
        ref={scrollerRef}
        style={{
          maxHeight: MAX_HEIGHT,
          height: Math.min(MAX_HEIGHT, virtual.totalSize),
          overflow: 'auto',
          position: 'relative',
        }}
      >
        <div role="rowgroup" style={{ height: virtual.totalSize, position: 'relative' }}>
          {virtual.items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <Box
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                px="sm"
                style={{
                  ...grid,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  borderBottom: '1px solid var(--mantine-color-gray-1)',
                }}
              >
                {cells(row)}
              </Box>
            );
          })}
        </div>
      </div>
      {total && (
        <Box
          role="row"
          aria-rowindex={rows.length + 2}
          data-testid={`${testId}-total`}
          px="sm"
          py={6}
          bg="gray.0"
          style={{ ...grid, borderTop: '1px solid var(--mantine-color-gray-3)' }}
        >
          {cells(total, true)}
        </Box>
      )}
    </Box>
  );
}
