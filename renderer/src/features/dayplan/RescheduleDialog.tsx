import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStop } from '../../../../shared/contract/planning';
import { addDays, isIsoDate } from '../../../../shared/domain/dates';
import type { DeliveryWindow } from '../../../../shared/domain/settings';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useChannelMutation } from '../../lib/query';
import { windowKey } from './plan-model';

const KEEP = 'keep';

/**
 * "Rescheduled" from the courier's sheet: the attempt is recorded (with its cost), then the order
 * moves to the new day, where it is back on the call list.
 */
export function RescheduleDialog({
  stop,
  date,
  windows,
  onClose,
}: {
  stop: PlanStop;
  date: string;
  windows: DeliveryWindow[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useChannelMutation('orders.recordAttempt');
  const move = useChannelMutation('plan.move');
  const [day, setDay] = useState(addDays(date, 1));
  const [windowChoice, setWindowChoice] = useState(KEEP);
  const error = isIsoDate(day) && day !== date ? undefined : t('plan.end.pickAnotherDay');

  const submit = async () => {
    if (error) return;
    try {
      const order = await record.mutateAsync({
        id: stop.orderId,
        expectedUpdatedAt: stop.updatedAt,
        outcome: 'rescheduled',
        attemptedOn: date,
      });
      const window = windows.find((w) => windowKey(w) === windowChoice);
      await move.mutateAsync({
        orders: [{ id: order.id, updatedAt: order.updatedAt }],
        date: day,
        ...(window ? { window } : {}),
      });
      notifySuccess(t('plan.end.rescheduled', { number: stop.number, date: day }), { brief: true });
      onClose();
    } catch (failure) {
      notifyError(failure);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('plan.end.rescheduleTitle', { number: stop.number })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('plan.end.rescheduleText')}</Text>
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('plan.calls.newDate')}
              value={day}
              onChange={(event) => setDay(event.currentTarget.value)}
              error={error}
              data-autofocus
            />
            <Select
              label={t('plan.calls.newWindow')}
              allowDeselect={false}
              data={[
                { value: KEEP, label: t('plan.move.keepWindow') },
                ...windows.map((w) => ({ value: windowKey(w), label: `${w.from}–${w.to}` })),
              ]}
              value={windowChoice}
              onChange={(value) => value && setWindowChoice(value)}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending || move.isPending}>
              {t('plan.end.rescheduleSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
