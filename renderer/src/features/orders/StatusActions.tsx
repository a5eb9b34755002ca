import { Button, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconChevronDown, IconTruckDelivery } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/contract/orders';
import type { OrderStatus } from '../../../../shared/domain/enums';
import { ORDER_TRANSITIONS } from '../../../../shared/domain/order-status';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useChannelMutation } from '../../lib/query';

/** Statuses a delivery attempt can be recorded from (main's rule): the courier had the parcel. */
export const ATTEMPTABLE: readonly OrderStatus[] = [
  'scheduled',
  'confirmed',
  'out_for_delivery',
  'not_at_home',
];
/** Outcomes that go through the attempt dialog, so their cost and cash are recorded too. */
const ATTEMPT_RESULTS: readonly OrderStatus[] = ['delivered', 'partly_bought_out', 'refused', 'not_at_home'];

/** Where this order may go next: only ORDER_TRANSITIONS' steps, each with an optional note. */
export function StatusActions({ order, onAttempt }: { order: Order; onAttempt: () => void }) {
  const { t } = useTranslation();
  const setStatus = useChannelMutation('orders.setStatus');
  const [target, setTarget] = useState<OrderStatus | null>(null);
  const [note, setNote] = useState('');
  const attemptable = ATTEMPTABLE.includes(order.status);
  const next = ORDER_TRANSITIONS[order.status].filter(
    (status) => status !== 'partly_bought_out' && !(attemptable && ATTEMPT_RESULTS.includes(status)),
  );

  const confirm = async () => {
    if (!target) return;
    try {
      await setStatus.mutateAsync({ id: order.id, status: target, expectedUpdatedAt: order.updatedAt, note });
      notifySuccess(t('orders.status.changed', { status: t(`codes.orderStatus.${target}`) }));
      setTarget(null);
      setNote('');
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Group gap="xs">
      {attemptable && (
        <Button leftSection={<IconTruckDelivery size={16} />} onClick={onAttempt}>
          {t('orders.attempt.open')}
        </Button>
      )}
      {next.length > 0 && (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" rightSection={<IconChevronDown size={14} />}>
              {t('orders.status.change')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {next.map((status) => (
              <Menu.Item
                key={status}
                color={status === 'cancelled' || status === 'lost' ? 'red' : undefined}
                onClick={() => setTarget(status)}
              >
                {t(`codes.orderStatus.${status}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
      {target && (
        <Modal
          opened
          onClose={() => setTarget(null)}
          title={t('orders.status.confirmTitle', { status: t(`codes.orderStatus.${target}`) })}
        >
          <Stack gap="sm">
            <Text size="sm">
              {t('orders.status.confirmText', {
                from: t(`codes.orderStatus.${order.status}`),
                to: t(`codes.orderStatus.${target}`),
              })}
            </Text>
            <Textarea
              label={t('orders.status.note')}
              autosize
              minRows={2}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setTarget(null)}>
                {t('common.cancel')}
              </Button>
              <Button loading={setStatus.isPending} onClick={() => void confirm()}>
                {t('orders.status.apply')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Group>
  );
}
