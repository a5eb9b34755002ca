import { Badge, Group, Paper, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStop } from '../../../../shared/contract/planning';
import type { DeliveryWindow } from '../../../../shared/domain/settings';
import { useFormatters } from '../../lib/format';
import { windowShare, type PlanColumn, type WindowGroup } from './plan-model';
import { StopCard } from './StopCard';
import classes from './StopCard.module.css';
import type { useBoard } from './use-board';

interface BoardColumnProps {
  column: PlanColumn;
  windows: DeliveryWindow[];
  board: ReturnType<typeof useBoard>;
  actions?: ReactNode;
  compact?: boolean;
  onDragStart: (stop: PlanStop, event: DragEvent) => void;
  onDrop: (courierId: number | null, group: WindowGroup) => void;
}

/** One courier (or the unassigned orders): load against capacity, then each window's stops. */
export function BoardColumn({
  column,
  windows,
  board,
  actions,
  compact = false,
  onDragStart,
  onDrop,
}: BoardColumnProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [over, setOver] = useState<string | null>(null);
  const load = column.stops.length;
  const capacity = column.capacity;
  const share = windowShare(capacity, windows.length);
  const overCapacity = capacity !== null && load > capacity;
  const collect = column.stops.reduce((sum, stop) => sum + stop.toCollect, 0);

  return (
    <Paper
      withBorder
      p="xs"
      bg={column.courierId === null ? 'gray.1' : 'white'}
      role="region"
      aria-label={column.name}
      data-testid="plan-column"
      data-courier-id={column.courierId ?? 'none'}
      style={{ minWidth: 0 }}
    >
      <Stack gap={6}>
        <div>
          <Group justify="space-between" wrap="nowrap" gap={4}>
            <Text fw={700} truncate title={column.name}>
              {column.name}
            </Text>
            {/* Compact: "13 / 20" alone, so a courier's name is not cut for the word "точек". */}
            <Text
              size="sm"
              fw={600}
              c={overCapacity ? 'red.7' : undefined}
              data-testid="column-load"
              style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
              title={capacity === null ? undefined : t('plan.load', { n: load, capacity })}
            >
              {capacity === null
                ? t('plan.stops', { n: load })
                : compact
                  ? `${load} / ${capacity}`
                  : t('plan.load', { n: load, capacity })}
            </Text>
          </Group>
          {capacity !== null && (
            <Progress
              size="sm"
              mt={4}
              value={capacity === 0 ? 100 : Math.min(100, (load / capacity) * 100)}
              color={overCapacity ? 'red' : load === capacity ? 'orange' : 'teal'}
              aria-label={t('plan.load', { n: load, capacity })}
            />
          )}
          <Group justify="space-between" gap={4} mt={2}>
            <Text size="xs" c="dimmed">
              {column.kind ? t(`codes.courierKind.${column.kind as 'own_driver'}`) : t('plan.unassignedHint')}
            </Text>
            {collect > 0 && (
              <Text size="xs" c="dimmed">
                {t('plan.collectTotal', { amount: format.money(collect) })}
              </Text>
            )}
          </Group>
          {actions}
        </div>
        {column.groups.map((group) => {
          if (group.window === null && group.stops.length === 0) return null;
          const dropKey = group.key;
          const windowOver = share !== null && group.stops.length > share;
          return (
            <div
              key={group.key}
              className={classes.drop}
              data-over={over === dropKey}
              data-testid="drop-window"
              data-window={group.key}
              onDragOver={(event) => {
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                if (over !== dropKey) setOver(dropKey);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(event) => {
                event.preventDefault();
                setOver(null);
                onDrop(column.courierId, group);
              }}
            >
              <Group justify="space-between" gap={4} px={2}>
                <Text size="xs" fw={700} c="dimmed">
                  {group.window ? `${group.window.from}–${group.window.to}` : t('plan.noWindow')}
                </Text>
                {share !== null && group.window ? (
                  <Tooltip label={t('plan.shareHint', { capacity, windows: windows.length })}>
                    <Badge size="xs" variant="light" color={windowOver ? 'orange' : 'gray'}>
                      {group.stops.length} / {share}
                    </Badge>
                  </Tooltip>
                ) : (
                  group.stops.length > 0 && (
                    <Badge size="xs" variant="light" color="gray">
                      {group.stops.length}
                    </Badge>
                  )
                )}
              </Group>
              <Stack
                gap={compact ? 2 : 4}
                mt={2}
                role="listbox"
                aria-multiselectable
                aria-label={`${column.name} ${group.window ? `${group.window.from}–${group.window.to}` : t('plan.noWindow')}`}
              >
                {group.stops.map((stop) => (
                  <StopCard
                    key={stop.orderId}
                    ref={board.register(stop.orderId)}
                    stop={stop}
                    courierKind={column.kind ?? null}
                    selected={board.selected.has(stop.orderId)}
                    showWindow={
                      !!stop.window &&
                      !!group.window &&
                      (stop.window.from !== group.window.from || stop.window.to !== group.window.to)
                    }
                    tabbable={board.tabbableId === stop.orderId}
                    compact={compact}
                    onClick={(event) => board.onClick(stop.orderId, event)}
                    onKeyDown={(event) => board.onKeyDown(stop.orderId, event)}
                    onFocus={() => board.onFocus(stop.orderId)}
                    onDragStart={(event) => onDragStart(stop, event)}
                  />
                ))}
              </Stack>
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
