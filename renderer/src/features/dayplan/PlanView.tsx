import { Alert, Box, Button, Group, Kbd, Loader, Stack, Switch, Text } from '@mantine/core';
import { IconArrowsExchange, IconX } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PlanStop } from '../../../../shared/contract/planning';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { useRememberedFlag } from '../../lib/remembered';
import { BoardColumn } from './BoardColumn';
import { MessageOnlyList } from './MessageOnlyList';
import { MoveDialog, type MoveTarget } from './MoveDialog';
import { planColumns, selectedInOrder, shopWindowOf, windowTotals, type WindowGroup } from './plan-model';
import { RouteSheetActions } from './RouteSheetActions';
import { useBoard } from './use-board';
import { WindowTotals } from './WindowTotals';

const ROUTED: readonly string[] = ['own_driver', 'foot_courier', 'courier_service'];

/** The day's board: unassigned orders and one column per courier, moved by drag or keyboard. */
export function PlanView({ date }: { date: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = useChannelQuery('plan.day', { date });
  const couriers = useChannelQuery('couriers.list', { includeInactive: false });
  const routed = (couriers.data ?? []).filter((c) => ROUTED.includes(c.kind));
  const move = useChannelMutation('plan.move');
  const [moving, setMoving] = useState(false);
  // The card the keyboard was on when "Move to…" opened: it gets the focus back.
  const origin = useRef<number | null>(null);
  const dragging = useRef<PlanStop[]>([]);
  const [compact, setCompact] = useRememberedFlag('shopdesk.plan.compact');
  const columns = plan.data ? planColumns(plan.data, t('plan.unassigned')) : [];
  const openMove = () => {
    origin.current = board.focusedId;
    setMoving(true);
  };
  const board = useBoard(columns, {
    onMove: () => openMove(),
    onOpen: (id) => void navigate(`/orders/${id}`),
  });
  const chosen = selectedInOrder(columns, board.selected);

  const runMove = async (stops: PlanStop[], target: MoveTarget) => {
    try {
      const { moved } = await move.mutateAsync({
        orders: stops.map((s) => ({ id: s.orderId, updatedAt: s.updatedAt })),
        ...target,
      });
      notifySuccess(
        target.date && target.date !== date
          ? t(target.reason ? 'plan.move.movedToDayWhy' : 'plan.move.movedToDay', {
              n: moved,
              date: target.date,
              reason: target.reason && t(`codes.moveReason.${target.reason.code}`),
            })
          : t('plan.move.moved', { n: moved }),
        { brief: true },
      );
      board.clear();
      setMoving(false);
      // The moved card keeps the keyboard (in its new column), not <body>.
      const kept = stops.find((s) => s.orderId === origin.current) ?? stops[0];
      if (kept) board.returnFocus(kept.orderId, { movedFrom: kept.updatedAt });
    } catch (error) {
      notifyError(error);
      void plan.refetch();
    }
  };

  const onDragStart = (stop: PlanStop, event: DragEvent) => {
    dragging.current = board.selected.has(stop.orderId) ? chosen : [stop];
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', dragging.current.map((s) => s.number).join(', '));
  };
  const onDrop = (courierId: number | null, group: WindowGroup) => {
    const stops = dragging.current;
    dragging.current = [];
    if (stops.length === 0 || !plan.data) return;
    const windows = plan.data.windows;
    // A precise time already inside the target window stays as it is.
    const keepWindow =
      group.window === null ||
      stops.every((s) => {
        const w = shopWindowOf(s, windows);
        return w !== null && w.from === group.window!.from && w.to === group.window!.to;
      });
    const sameCourier = stops.every((s) => s.courierId === courierId);
    if (sameCourier && keepWindow) return;
    void runMove(stops, { courierId, ...(keepWindow ? {} : { window: group.window! }) });
  };

  if (plan.isError) return <Alert color="red">{errorMessage(plan.error)}</Alert>;
  if (!plan.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const empty = columns.every((c) => c.stops.length === 0) && plan.data.messageOnly.length === 0;

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap" mih={30}>
        <Group gap="md" wrap="nowrap">
          <Switch
            size="xs"
            label={t('plan.compact')}
            checked={compact}
            onChange={(event) => setCompact(event.currentTarget.checked)}
          />
          <Text size="xs" c="dimmed">
            {t('plan.keysHint')} <Kbd size="xs">Space</Kbd> <Kbd size="xs">Shift</Kbd>+<Kbd size="xs">↑↓</Kbd>{' '}
            <Kbd size="xs">M</Kbd> <Kbd size="xs">Esc</Kbd>
          </Text>
        </Group>
        {chosen.length > 0 && (
          <Group gap="xs" wrap="nowrap" data-testid="selection-bar">
            <Text size="sm" fw={600}>
              {t('plan.selected', { n: chosen.length })}
            </Text>
            <Button size="compact-sm" leftSection={<IconArrowsExchange size={14} />} onClick={openMove}>
              {t('plan.moveTo')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              leftSection={<IconX size={14} />}
              onClick={board.clear}
            >
              {t('plan.clearSelection')}
            </Button>
          </Group>
        )}
      </Group>
      {empty && (
        <Alert color="gray" variant="light">
          {t('plan.empty')}
        </Alert>
      )}
      {!empty && <WindowTotals totals={windowTotals(columns)} />}
      <Box
        style={{
          display: 'grid',
          // Compact: five columns (unassigned, two drivers, a foot courier, a service) fit 1366 px.
          gridTemplateColumns: `repeat(${columns.length}, minmax(${compact ? 190 : 250}px, 1fr))`,
          gap: 'var(--mantine-spacing-sm)',
          overflowX: 'auto',
          alignItems: 'start',
        }}
        data-testid="plan-board"
      >
        {columns.map((column) => (
          <BoardColumn
            key={column.key}
            column={column}
            windows={plan.data.windows}
            board={board}
            compact={compact}
            onDragStart={onDragStart}
            onDrop={onDrop}
            actions={
              column.courierId !== null && column.stops.length > 0 ? (
                <RouteSheetActions courierId={column.courierId} courierName={column.name} date={date} />
              ) : undefined
            }
          />
        ))}
      </Box>
      <MessageOnlyList stops={plan.data.messageOnly} />
      {moving && chosen.length > 0 && (
        <MoveDialog
          stops={chosen}
          date={date}
          windows={plan.data.windows}
          couriers={routed}
          busy={move.isPending}
          onMove={(target) => void runMove(chosen, target)}
          onClose={() => {
            setMoving(false);
            const back = origin.current ?? chosen[0]?.orderId;
            if (back !== undefined) board.returnFocus(back);
          }}
        />
      )}
    </Stack>
  );
}
