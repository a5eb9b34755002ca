import { Alert, Button, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/contract/orders';
import type { OrderStatus } from '../../../../shared/domain/enums';
import { ApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { useShopToday } from '../../lib/shop-day';
import { translateServerMessage } from '../../locales/server-messages';

/** Statuses of a post parcel on its way (main's rule, orders/arrival.ts): the step can be recorded. */
const ON_ITS_WAY: readonly OrderStatus[] = [
  'new',
  'scheduled',
  'confirmed',
  'out_for_delivery',
  'not_at_home',
  'lost',
];

/** Whether "Reached the customer's city" can be recorded for this order. */
export const canRecordArrival = (order: { deliveryMethod: string; status: OrderStatus }) =>
  order.deliveryMethod === 'post' && ON_ITS_WAY.includes(order.status);

/**
 * Scenario 8: the post's tracking says the parcel is in the customer's city or post office. The
 * day (today unless changed) and a note such as the post office; recorded again to correct it.
 */
export function ArrivalDialog({ orderId, onClose }: { orderId: number; onClose: (saved?: Order) => void }) {
  const { t, i18n } = useTranslation();
  const got = useChannelQuery('orders.get', { id: orderId });
  const { refetch } = got;
  useEffect(() => {
    void refetch();
  }, [refetch]);
  const today = useShopToday();
  const record = useChannelMutation('orders.recordArrival');
  const [day, setDay] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Fresh from main, not the cache: a copy from before the last change would answer CONFLICT.
  const order = got.isFetchedAfterMount ? got.data?.order : undefined;
  const shownDay = day ?? order?.arrivedOn ?? today ?? '';

  const submit = async () => {
    if (!order) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(shownDay)) return setErrors({ arrivedOn: t('orders.form.badDate') });
    try {
      const saved = await record.mutateAsync({
        id: order.id,
        expectedUpdatedAt: order.updatedAt,
        arrivedOn: shownDay,
        note,
      });
      notifySuccess(t('orders.arrival.recorded', { number: order.number }));
      onClose(saved);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION' && error.issues.length > 0) {
        return setErrors(
          Object.fromEntries(
            error.issues.map((issue) => [
              issue.path.split('.')[0]!,
              translateServerMessage(issue.message, i18n.language),
            ]),
          ),
        );
      }
      if (error instanceof ApiError && error.code === 'CONFLICT') void refetch();
      notifyError(error);
    }
  };

  return (
    <Modal
      opened
      onClose={() => onClose()}
      title={order ? t('orders.arrival.title', { number: order.number }) : t('orders.arrival.open')}
    >
      {order ? (
        <Stack gap="sm">
          <Text size="sm">
            {order.trackingNumber
              ? t('orders.arrival.hint', { tracking: order.trackingNumber })
              : t('orders.arrival.hintNoTracking')}
          </Text>
          {errors.id && (
            <Alert color="red" role="alert">
              {errors.id}
            </Alert>
          )}
          <TextInput
            type="date"
            label={t('orders.arrival.day')}
            value={shownDay}
            max={today ?? undefined}
            onChange={(event) => setDay(event.currentTarget.value)}
            error={errors.arrivedOn}
            data-autofocus
          />
          <TextInput
            label={t('orders.arrival.note')}
            placeholder={t('orders.arrival.notePlaceholder')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose()}>
              {t('common.cancel')}
            </Button>
            <Button loading={record.isPending} onClick={() => void submit()}>
              {t('orders.arrival.record')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Loader size="sm" aria-label={t('common.loading')} />
      )}
    </Modal>
  );
}
