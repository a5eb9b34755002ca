import { Alert, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStop } from '../../../../shared/contract/planning';
import { errorMessage } from '../../lib/errors';
import { useChannelQuery } from '../../lib/query';
import { AttemptDialog } from '../orders/AttemptDialog';
import { CourierCashPanel } from './CourierCashPanel';
import { RescheduleDialog } from './RescheduleDialog';
import { StopOutcomesTable, type Presence } from './StopOutcomesTable';
import { useShopToday } from '../../lib/shop-day';

/** The couriers' returned sheets: each stop's outcome in a click, then each courier's cash. */
export function EndOfDayView({ date }: { date: string }) {
  const { t } = useTranslation();
  const plan = useChannelQuery('plan.day', { date });
  const cash = useChannelQuery('cash.day', { date });
  const [partial, setPartial] = useState<{ stop: PlanStop; presence: Presence | undefined } | null>(null);
  const today = useShopToday();
  // Main refuses outcomes for a day still to come; the view does not offer them either.
  const future = today !== null && date > today;
  const [rescheduling, setRescheduling] = useState<PlanStop | null>(null);

  if (plan.isError) return <Alert color="red">{errorMessage(plan.error)}</Alert>;
  if (cash.isError) return <Alert color="red">{errorMessage(cash.error)}</Alert>;
  if (!plan.data || !cash.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const couriers = plan.data.couriers.filter((c) => c.stops.length > 0);
  // A handover recorded for a courier with no stops left today still shows.
  const extra = cash.data.filter((entry) => !couriers.some((c) => c.id === entry.courierId));

  return (
    <Stack gap="md">
      {couriers.length === 0 && extra.length === 0 && (
        <Alert color="gray" variant="light">
          {t('plan.end.none')}
        </Alert>
      )}
      {future && (
        <Alert color="blue" variant="light" data-testid="eod-future">
          {t('plan.end.future')}
        </Alert>
      )}
      {plan.data.unassigned.length > 0 && (
        <Alert color="orange" variant="light">
          {t('plan.end.unassigned', { n: plan.data.unassigned.length })}
        </Alert>
      )}
      {couriers.map((courier) => (
        <Paper
          key={courier.id}
          withBorder
          p="sm"
          role="region"
          aria-label={courier.name}
          data-testid="eod-courier"
        >
          <Title order={4} mb={6}>
            {courier.name}{' '}
            <Text span size="sm" c="dimmed" fw={400}>
              {t('plan.stops', { n: courier.stops.length })}
            </Text>
          </Title>
          <StopOutcomesTable
            stops={courier.stops}
            date={date}
            onPartial={(stop, presence) => setPartial({ stop, presence })}
            onReschedule={setRescheduling}
            readOnly={future}
          />
          <CourierCashPanel
            courierId={courier.id}
            date={date}
            cash={cash.data.find((entry) => entry.courierId === courier.id)}
          />
        </Paper>
      ))}
      {extra.map((entry) => (
        <Paper key={entry.courierId} withBorder p="sm" role="region" aria-label={entry.courierName}>
          <Title order={4} mb={6}>
            {entry.courierName}
          </Title>
          <CourierCashPanel courierId={entry.courierId} date={date} cash={entry} />
        </Paper>
      ))}
      {partial && (
        <AttemptDialog
          orderId={partial.stop.orderId}
          outcome="partly_bought_out"
          presence={partial.presence}
          date={date}
          onClose={() => setPartial(null)}
        />
      )}
      {rescheduling && (
        <RescheduleDialog
          stop={rescheduling}
          date={date}
          windows={plan.data.windows}
          onClose={() => setRescheduling(null)}
        />
      )}
    </Stack>
  );
}
