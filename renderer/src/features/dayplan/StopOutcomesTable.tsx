import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChannelInput } from '../../../../shared/contract';
import type { PlanStop } from '../../../../shared/contract/planning';
import { CHECKED_IN_PRESENCE } from '../../../../shared/domain/enums';
import { PAID_ON_DELIVERY } from '../../../../shared/domain/order-policy';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';
import { StatusBadge } from '../orders/StatusBadge';
import { doorText } from './door-text';

export type Presence = (typeof CHECKED_IN_PRESENCE)[number];
type Outcome = ChannelInput<'orders.recordAttempt'>['outcome'];

/** Buttons keep their whole label: the table gives the outcome column what they need. */
const FULL_LABEL = { label: { overflow: 'visible' } } as const;

// "Refused" alone would sit beside the presence control's "Would not check": the button says
// what was refused — the parcel.
const ONE_CLICK = [
  { outcome: 'delivered', color: 'teal', label: 'codes.attemptOutcome.delivered' },
  { outcome: 'refused', color: 'red', label: 'plan.end.refusedParcel' },
  { outcome: 'not_at_home', color: 'yellow', label: 'codes.attemptOutcome.not_at_home' },
] as const satisfies readonly { outcome: Outcome; color: string; label: string }[];

interface StopOutcomesTableProps {
  stops: PlanStop[];
  date: string;
  /** The partial-buyout dialog opens with the presence already chosen on the row. */
  onPartial: (stop: PlanStop, presence: Presence | undefined) => void;
  onReschedule: (stop: PlanStop) => void;
  /** A day still to come: no outcome can be recorded yet, so none is offered. */
  readOnly: boolean;
}

/** One row per stop: whether the goods were checked at the door, then the outcome in one click. */
export function StopOutcomesTable({
  stops,
  date,
  onPartial,
  onReschedule,
  readOnly,
}: StopOutcomesTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const record = useChannelMutation('orders.recordAttempt');
  const [presence, setPresence] = useState<Record<number, Presence>>({});
  const [busy, setBusy] = useState<number | null>(null);

  const oneClick = async (stop: PlanStop, outcome: Outcome) => {
    setBusy(stop.orderId);
    try {
      await record.mutateAsync({
        id: stop.orderId,
        expectedUpdatedAt: stop.updatedAt,
        outcome,
        attemptedOn: date,
        checkedInPresence: presence[stop.orderId] ?? 'unknown',
      });
      notifySuccess(
        t('plan.end.recorded', { number: stop.number, outcome: t(`codes.attemptOutcome.${outcome}`) }),
        { brief: true },
      );
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  // The first outcome (delivered) is the usual one: filled, and it shows the save in progress;
  // the others are light and wait while a click is being saved.
  const outcomeButton = (
    stop: PlanStop,
    { outcome, color, label }: (typeof ONE_CLICK)[number],
    primary: boolean,
  ) => (
    <Button
      key={outcome}
      size="compact-xs"
      styles={FULL_LABEL}
      variant={primary ? 'filled' : 'light'}
      color={color}
      loading={primary && busy === stop.orderId}
      disabled={!primary && busy === stop.orderId}
      onClick={() => void oneClick(stop, outcome)}
    >
      {t(label)}
    </Button>
  );

  return (
    <Table verticalSpacing={5} aria-label={t('plan.end.stopsLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={96}>{t('plan.calls.col.window')}</Table.Th>
          <Table.Th w={270}>{t('plan.end.col.stop')}</Table.Th>
          <Table.Th>{t('plan.end.col.outcome')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {stops.map((stop) => {
          // Main's rule (planning/day-lists.ts) says whether the outcome is still to come; a stop
          // kept as the day's history is never waiting (main says so too).
          const pending = stop.awaitingOutcome && !stop.history;
          return (
            <Table.Tr
              key={stop.orderId}
              data-testid="eod-stop"
              data-order-id={stop.orderId}
              data-status={stop.status}
              data-history={stop.history}
            >
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {stop.window ? `${stop.window.from}–${stop.window.to}` : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/orders/${stop.orderId}`} size="sm" fw={600}>
                  {stop.number}
                </Anchor>{' '}
                <Text span size="sm">
                  {stop.customerName}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {stop.address}
                </Text>
                {/* What is still to collect matters until the outcome is in; then, what came in. */}
                {pending ? (
                  <Text size="xs">
                    <Text span fw={700} size="xs">
                      {doorText(stop, t, format)}
                    </Text>{' '}
                    <Text span c="dimmed" size="xs">
                      · {t(`codes.paymentMethod.${stop.paymentMethod}`)}
                    </Text>
                  </Text>
                ) : stop.history ? null : (
                  <Text size="xs" data-testid="eod-received">
                    {/* Money the door did not take (prepaid, or a parcel that came back) is not
                        "received 0 of the order's total": it says so, or what the plan says. */}
                    {!PAID_ON_DELIVERY.includes(stop.paymentMethod)
                      ? doorText(stop, t, format)
                      : stop.due === 0 && stop.amountReceived === 0
                        ? t('plan.stop.nothingToCollect')
                        : stop.status === 'partly_bought_out'
                          ? t('plan.end.receivedKept', {
                              received: format.money(stop.amountReceived),
                              due: format.money(stop.due),
                              total: format.money(stop.total),
                            })
                          : t('plan.end.received', {
                              received: format.money(stop.amountReceived),
                              total: format.money(stop.total),
                            })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {stop.history ? (
                  <Text size="sm" data-testid="eod-history">
                    {t('plan.end.history', {
                      outcome: t(`codes.attemptOutcome.${stop.dayOutcome ?? 'failed'}`),
                      moved: stop.movedTo
                        ? t('plan.stop.movedTo', { date: format.day(stop.movedTo) })
                        : t('plan.stop.movedNowhere'),
                    })}
                  </Text>
                ) : pending && !readOnly ? (
                  // Two lines, two questions: was the parcel checked, then what became of it.
                  <Stack gap={4}>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {t('plan.end.presenceLabel')}
                      </Text>
                      <Tooltip label={t('plan.end.presence')}>
                        <SegmentedControl
                          size="xs"
                          aria-label={t('plan.end.presenceFor', { number: stop.number })}
                          data={CHECKED_IN_PRESENCE.map((value) => ({
                            value,
                            label: t(`orders.presence.${value}`),
                          }))}
                          value={presence[stop.orderId] ?? 'unknown'}
                          onChange={(value) =>
                            setPresence((current) => ({ ...current, [stop.orderId]: value as Presence }))
                          }
                        />
                      </Tooltip>
                    </Group>
                    <Group gap={4} wrap="nowrap">
                      {ONE_CLICK.slice(0, 1).map((choice) => outcomeButton(stop, choice, true))}
                      <Button
                        size="compact-xs"
                        styles={FULL_LABEL}
                        variant="light"
                        color="orange"
                        onClick={() => onPartial(stop, presence[stop.orderId])}
                      >
                        {t('plan.end.partial')}
                      </Button>
                      {ONE_CLICK.slice(1).map((choice) => outcomeButton(stop, choice, false))}
                      <Button
                        size="compact-xs"
                        styles={FULL_LABEL}
                        variant="light"
                        color="blue"
                        onClick={() => onReschedule(stop)}
                      >
                        {t('plan.end.reschedule')}
                      </Button>
                    </Group>
                  </Stack>
                ) : pending ? null : (
                  <Group gap="xs">
                    <StatusBadge status={stop.status} size="sm" />
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
