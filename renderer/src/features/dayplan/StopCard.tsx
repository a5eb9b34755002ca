import { Badge, ColorSwatch, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconNote } from '@tabler/icons-react';
import { forwardRef, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStop } from '../../../../shared/contract/planning';
import { OPEN_STATUSES } from '../../../../shared/domain/order-status';
import { useFormatters } from '../../lib/format';
import { STATUS_COLOR, StatusBadge } from '../orders/StatusBadge';
import classes from './StopCard.module.css';
import { doorText } from './door-text';
import { overWeight } from '../../../../shared/domain/parcel-limits';
import { overWeightText } from './weight-text';

interface StopCardProps {
  stop: PlanStop;
  selected: boolean;
  /** The window differs from the shop window it is shown under (a precise time). */
  showWindow: boolean;
  tabbable: boolean;
  /** The busy-day view: one line per stop (number, customer, money); the address is its tooltip. */
  compact?: boolean;
  onClick: (event: MouseEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onDragStart: (event: DragEvent) => void;
  onFocus: () => void;
  /** The kind of the courier whose column this is (null: unassigned): its weight limit applies. */
  courierKind: string | null;
}

/** One stop, dense: number, window, customer, address, what to collect, caution and notes. */
export const StopCard = forwardRef<HTMLDivElement, StopCardProps>(function StopCard(
  {
    stop,
    selected,
    showWindow,
    tabbable,
    compact = false,
    onClick,
    onKeyDown,
    onDragStart,
    onFocus,
    courierKind,
  },
  ref,
) {
  const { t } = useTranslation();
  const format = useFormatters();
  // A stop kept as the day's history (the order has moved on) cannot be planned from this day.
  const open = OPEN_STATUSES.includes(stop.status) && !stop.history;
  const heavy = open ? overWeight(stop.parcelWeightG, courierKind, stop.deliveryMethod) : null;
  const badge = stop.history ? (
    <Badge size="xs" variant="light" color="gray" data-testid="stop-moved">
      {stop.movedTo
        ? t('plan.stop.movedTo', { date: format.day(stop.movedTo) })
        : t('plan.stop.movedNowhere')}
    </Badge>
  ) : (
    stop.status !== 'scheduled' && <StatusBadge status={stop.status} size="xs" />
  );
  // In the compact view a status word would squeeze the customer's name to nothing: a coloured
  // dot says it, its word on hover and for screen readers.
  const compactStatus =
    !stop.history && stop.status !== 'scheduled' ? (
      <Tooltip label={t(`codes.orderStatus.${stop.status}`)}>
        <ColorSwatch
          size={10}
          color={`var(--mantine-color-${STATUS_COLOR[stop.status]}-6)`}
          withShadow={false}
          role="img"
          aria-label={t(`codes.orderStatus.${stop.status}`)}
          data-status={stop.status}
          style={{ flexShrink: 0 }}
        />
      </Tooltip>
    ) : (
      badge
    );
  const weight = heavy && (
    <Text size="xs" fw={600} c="orange.9" mt={2} data-testid="stop-overweight">
      {overWeightText(heavy, t)}
    </Text>
  );
  const money = (
    <Text
      size="xs"
      fw={700}
      c={stop.door.kind === 'hold' ? 'red.8' : stop.door.kind === 'collect' ? 'dark' : 'dimmed'}
      title={stop.door.kind === 'hold' ? t('plan.stop.holdHint') : undefined}
      data-testid="stop-collect"
      style={{ flexShrink: 0 }}
    >
      {doorText(stop, t, format)}
    </Text>
  );
  const caution = stop.caution && (
    <Tooltip label={t('plan.stop.caution')}>
      <IconAlertTriangle
        size={15}
        color="var(--mantine-color-orange-7)"
        aria-label={t('plan.stop.caution')}
        style={{ flexShrink: 0 }}
      />
    </Tooltip>
  );
  return (
    <div
      ref={ref}
      role="option"
      aria-selected={selected}
      aria-label={`${stop.number} ${stop.customerName}`}
      tabIndex={tabbable ? 0 : -1}
      className={classes.stop}
      data-testid="stop"
      data-order-id={stop.orderId}
      data-settled={!open}
      data-compact={compact}
      title={
        compact
          ? `${stop.address || t('plan.stop.noAddress')}${stop.deliveryNotes ? ` — ${stop.deliveryNotes}` : ''}`
          : undefined
      }
      draggable={open}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onDragStart={onDragStart}
      onFocus={onFocus}
    >
      {compact ? (
        <>
          <Group gap={6} wrap="nowrap">
            <Text size="xs" fw={700} style={{ flexShrink: 0 }}>
              {stop.number}
            </Text>
            {caution}
            <Text size="xs" truncate style={{ flex: 1, minWidth: 0 }}>
              {stop.customerName || t('card.unnamed')}
            </Text>
            {compactStatus}
            {money}
          </Group>
          {weight}
        </>
      ) : (
        <>
          <Group justify="space-between" gap={4} wrap="nowrap">
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
              <Text size="sm" fw={700}>
                {stop.number}
              </Text>
              {showWindow && stop.window && (
                <Badge size="xs" variant="outline" color="gray">
                  {stop.window.from}–{stop.window.to}
                </Badge>
              )}
              {caution}
            </Group>
            {badge}
          </Group>
          <Text size="sm" truncate>
            {stop.customerName || t('card.unnamed')}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {stop.address || t('plan.stop.noAddress')}
          </Text>
          <Group justify="space-between" gap={4} wrap="nowrap" mt={2}>
            <Text size="xs" c="dimmed" truncate>
              {t(`codes.paymentMethod.${stop.paymentMethod}`)}
            </Text>
            {money}
          </Group>
          {weight}
          {stop.deliveryNotes && (
            <Group gap={4} wrap="nowrap" align="flex-start" mt={2}>
              <IconNote size={13} style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
              <Text size="xs" fs="italic" lineClamp={2}>
                {stop.deliveryNotes}
              </Text>
            </Group>
          )}
        </>
      )}
    </div>
  );
});
