import { Alert, Button, Group, List, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { overWeight } from '../../../../shared/domain/parcel-limits';
import { overWeightText } from './weight-text';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStop } from '../../../../shared/contract/planning';
import { MOVE_REASONS, type MoveReason } from '../../../../shared/domain/enums';
import { isIsoDate } from '../../../../shared/domain/dates';
import type { DeliveryWindow } from '../../../../shared/domain/settings';
import { loadsAfterMove, windowKey } from './plan-model';
import { useChannelQuery } from '../../lib/query';

export interface MoveTarget {
  /** undefined keeps each order's courier; null unassigns. */
  courierId?: number | null;
  date?: string;
  window?: DeliveryWindow;
  /** Why: asked for when many orders go to another day, kept in each order's audit entry. */
  reason?: { code: MoveReason; text: string };
}

interface MoveDialogProps {
  stops: PlanStop[];
  date: string;
  windows: DeliveryWindow[];
  couriers: { id: number; name: string; kind: string }[];
  busy: boolean;
  onMove: (target: MoveTarget) => void;
  onClose: () => void;
}

const KEEP = 'keep';
const NONE = 'none';

/** "Move to…": another courier, day or window for the selected stops, in the order they are shown. */
export function MoveDialog({ stops, date, windows, couriers, busy, onMove, onClose }: MoveDialogProps) {
  const { t } = useTranslation();
  const [courier, setCourier] = useState<string>(KEEP);
  const [day, setDay] = useState(date);
  const [windowChoice, setWindowChoice] = useState<string>(KEEP);
  const [reason, setReason] = useState<MoveReason | null>(null);
  const [reasonText, setReasonText] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const dayError = isIsoDate(day) ? undefined : t('orders.form.badDate');
  // A day falling apart for many customers is what the numbers need explained; one order or a
  // courier swap within the day is routine.
  const needsReason = stops.length > 1 && day !== date;
  const nothing = courier === KEEP && day === date && windowChoice === KEEP;
  const target = couriers.find((c) => String(c.id) === courier);
  // The day the orders land on: its plan says how full each courier already is.
  const targetPlan = useChannelQuery('plan.day', { date: day }, { enabled: !dayError });
  const loads = targetPlan.data
    ? loadsAfterMove(
        targetPlan.data,
        stops,
        courier === KEEP ? undefined : courier === NONE ? null : Number(courier),
      )
    : [];
  const loadOf = (id: number) => loads.find((l) => l.id === id);
  const overloaded = loads.filter((l) => l.capacity !== null && l.after > l.capacity && l.after > l.before);
  const heavy = target
    ? stops.flatMap((stop) => {
        const over = overWeight(stop.parcelWeightG, target.kind, stop.deliveryMethod);
        return over ? [{ stop, over }] : [];
      })
    : [];

  const submit = () => {
    if (dayError || nothing) return;
    if (needsReason && !reason) {
      setReasonMissing(true);
      return;
    }
    onMove({
      ...(courier === KEEP ? {} : { courierId: courier === NONE ? null : Number(courier) }),
      ...(day !== date ? { date: day } : {}),
      ...(windowChoice === KEEP ? {} : { window: windows.find((w) => windowKey(w) === windowChoice) }),
      ...(needsReason && reason ? { reason: { code: reason, text: reasonText.trim() } } : {}),
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('plan.move.title', { n: stops.length })} size="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        aria-label={t('plan.move.title', { n: stops.length })}
      >
        <Stack gap="sm">
          <Select
            label={t('plan.move.courier')}
            allowDeselect={false}
            data-autofocus
            data={[
              { value: KEEP, label: t('plan.move.keepCourier') },
              { value: NONE, label: t('plan.unassigned') },
              ...couriers.map((c) => {
                const load = loadOf(c.id);
                return {
                  value: String(c.id),
                  label:
                    load && load.capacity !== null
                      ? `${c.name} · ${t('plan.load', { n: load.before, capacity: load.capacity })}`
                      : c.name,
                };
              }),
            ]}
            value={courier}
            onChange={(value) => value && setCourier(value)}
          />
          <TextInput
            type="date"
            label={t('plan.move.date')}
            description={day !== date ? t('plan.move.dateHint') : undefined}
            value={day}
            onChange={(event) => setDay(event.currentTarget.value)}
            error={dayError}
          />
          <Select
            label={t('plan.move.window')}
            allowDeselect={false}
            data={[
              { value: KEEP, label: t('plan.move.keepWindow') },
              ...windows.map((w) => ({ value: windowKey(w), label: `${w.from}–${w.to}` })),
            ]}
            value={windowChoice}
            onChange={(value) => value && setWindowChoice(value)}
          />
          {needsReason && (
            <>
              <Select
                label={t('plan.move.reason')}
                placeholder={t('plan.move.reasonPick')}
                required
                allowDeselect={false}
                data={MOVE_REASONS.map((code) => ({ value: code, label: t(`codes.moveReason.${code}`) }))}
                value={reason}
                onChange={(value) => {
                  setReason(value as MoveReason | null);
                  setReasonMissing(false);
                }}
                error={reasonMissing ? t('plan.move.reasonMissing') : undefined}
              />
              <TextInput
                label={t('plan.move.reasonText')}
                maxLength={500}
                value={reasonText}
                onChange={(event) => setReasonText(event.currentTarget.value)}
              />
            </>
          )}
          {overloaded.length > 0 && (
            // A warning, not a refusal: the owner may know this courier can take a few more.
            <Alert color="orange" variant="light" p="xs" data-testid="move-over-capacity">
              {overloaded.map((l) => (
                <Text key={l.id} size="sm">
                  {t('plan.move.overCapacity', { name: l.name, n: l.after, capacity: l.capacity })}
                </Text>
              ))}
            </Alert>
          )}
          {heavy.length > 0 && (
            // A warning, not a refusal: the owner may know this courier can take it.
            <Alert color="orange" variant="light" p="xs" data-testid="move-overweight">
              {heavy.map(({ stop, over }) => (
                <Text key={stop.orderId} size="sm">
                  {stop.number}: {overWeightText(over, t)}
                </Text>
              ))}
            </Alert>
          )}
          <div>
            <Text size="sm" c="dimmed" mb={4}>
              {t('plan.move.inOrder')}
            </Text>
            <List
              size="sm"
              type="ordered"
              spacing={0}
              data-testid="move-list"
              style={{ maxHeight: 180, overflow: 'auto' }}
            >
              {stops.map((stop) => (
                <List.Item key={stop.orderId}>
                  {stop.number} · {stop.customerName}
                </List.Item>
              ))}
            </List>
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={busy}
              disabled={nothing}
              leftSection={<IconArrowsExchange size={16} />}
            >
              {t('plan.move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
