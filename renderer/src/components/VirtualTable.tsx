import { Box, Group, Skeleton, Text, UnstyledButton, type TextProps } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useRef, type ReactNode, type RefObject } from 'react';
import classes from './VirtualTable.module.css';

export interface VirtualColumn<Row, Sort extends string = never> {
  label: string;
  /** The column's grid track: "100px", "minmax(140px, 2fr)". */
  width: string;
  align?: 'right';
  /** Clicking the header sorts by this (the table's `sorting` says which one is current). */
  sort?: Sort;
  cell: (row: Row) => ReactNode;
  /**
   * A text cell's Text props (weight, truncation, colour), or `'block'` for a cell that holds
   * elements of its own (badges): it is then a plain div.
   */
  text?: TextProps | ((row: Row) => TextProps) | 'block';
}

export interface VirtualRows {
  /** How many rows the whole list has (the header is one more). */
  count: number;
  rowHeight: number;
  totalSize: number;
  items: VirtualItem[];
  /** The first and last index in view (with the overscan): what the pages must cover. */
  first: number;
  last: number;
}

/**
 * A window onto `count` rows of one height: only the rows in view (and a margin) are rendered.
 * Apart from VirtualTable so the caller can fetch the pages for the range in view first.
 */
export function useVirtualRows(
  count: number,
  rowHeight: number,
): VirtualRows & { scrollerRef: RefObject<HTMLDivElement | null> } {
  const scrollerRef = useRef<HTMLDivElement>(null);
  // The virtualizer hands out fresh functions each render; nothing here memoizes on them.
  // eslint-disable-next-line react-hooks/incompatible-library -- rows are rendered inline, not memoized
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  return {
    scrollerRef,
    count,
    rowHeight,
    totalSize: virtualizer.getTotalSize(),
    items,
    first: items[0]?.index ?? 0,
    last: items.at(-1)?.index ?? 0,
  };
}

interface VirtualTableProps<Row, Sort extends string> {
  /** The table's accessible name. */
  label: string;
  /** The test id of the scrolling element. */
  scrollerTestId: string;
  rows: VirtualRows;
  /** From useVirtualRows with the rows; apart from them, as a ref is not read while rendering. */
  scrollerRef: RefObject<HTMLDivElement | null>;
  /** The row at an index, or undefined while its page loads (a skeleton stands in). */
  rowAt: (index: number) => Row | undefined;
  columns: readonly VirtualColumn<Row, Sort>[];
  /** A click or Enter on a loaded row. */
  onOpen: (row: Row) => void;
  sorting?: { by: Sort; descending: boolean; onSort: (sort: Sort) => void };
  /** The scroller's CSS height; by default it fills the window below a screen's filters. */
  height?: string;
}

/**
 * A long list as an ARIA table on a CSS grid: a fixed header, then a scroller holding only the
 * rows in view; rows open with a click or Enter.
 */
export function VirtualTable<Row, Sort extends string = never>({
  label,
  scrollerTestId,
  rows,
  scrollerRef,
  rowAt,
  columns,
  onOpen,
  sorting,
  height = 'max(320px, calc(100vh - 330px))',
}: VirtualTableProps<Row, Sort>) {
  const grid = {
    display: 'grid',
    gridTemplateColumns: columns.map((column) => column.width).join(' '),
    gap: 'var(--mantine-spacing-sm)',
    alignItems: 'center',
  } as const;

  const header = (column: VirtualColumn<Row, Sort>, index: number) => {
    const current = column.sort !== undefined && sorting?.by === column.sort;
    const Arrow = sorting?.descending ? IconArrowDown : IconArrowUp;
    const content = (
      <Group gap={4} justify={column.align === 'right' ? 'flex-end' : 'flex-start'} wrap="nowrap">
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {column.label}
        </Text>
        {current && <Arrow size={12} aria-hidden />}
      </Group>
    );
    const sort = column.sort;
    return (
      <div
        key={index}
        role="columnheader"
        aria-sort={current ? (sorting?.descending ? 'descending' : 'ascending') : undefined}
      >
        {sort !== undefined && sorting ? (
          // A block, not inline-block: an inline button's line box would sit it lower than the
          // headers beside it.
          <UnstyledButton onClick={() => sorting.onSort(sort)} w="100%" display="block">
            {content}
          </UnstyledButton>
        ) : (
          content
        )}
      </div>
    );
  };

  const cell = (column: VirtualColumn<Row, Sort>, row: Row, index: number) => {
    if (column.text === 'block')
      return (
        <div key={index} role="cell">
          {column.cell(row)}
        </div>
      );
    const props = typeof column.text === 'function' ? column.text(row) : column.text;
    return (
      <Text key={index} role="cell" size="sm" ta={column.align} {...props}>
        {column.cell(row)}
      </Text>
    );
  };

  return (
    <Box
      role="table"
      aria-label={label}
      aria-rowcount={rows.count + 1}
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
        {columns.map(header)}
      </Box>
      <div
        ref={scrollerRef}
        data-testid={scrollerTestId}
        style={{ height, overflow: 'auto', position: 'relative' }}
      >
        <div role="rowgroup" style={{ height: rows.totalSize, position: 'relative' }}>
          {rows.items.map((item) => {
            const row = rowAt(item.index);
            // Keyed by position, not by the row: two pages fetched at different moments may
            // briefly both hold a row that moved, and keys must stay unique.
            return (
              <Box
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                tabIndex={row ? 0 : -1}
                px="sm"
                onClick={() => row && onOpen(row)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && row) onOpen(row);
                }}
                className={classes.row}
                style={{
                  ...grid,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: rows.rowHeight,
                  transform: `translateY(${item.start}px)`,
                  cursor: row ? 'pointer' : undefined,
                  borderBottom: '1px solid var(--mantine-color-gray-1)',
                }}
              >
                {row ? (
                  columns.map((column, index) => cell(column, row, index))
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
