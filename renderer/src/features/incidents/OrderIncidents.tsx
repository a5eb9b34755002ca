import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { useChannelQuery } from '../../lib/query';
import { IncidentList } from './IncidentList';

/** The incidents about one order, on the order's page. */
export function OrderIncidents({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const list = useChannelQuery('incidents.list', { orderId, search: '', offset: 0, limit: 50 });
  return (
    <Stack gap="xs" component="section" aria-labelledby="order-incidents" data-testid="order-incidents">
      <Title order={4} id="order-incidents">
        {t('incidents.orderSection.title')}
      </Title>
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {list.data && list.data.total === 0 && (
        <Text size="sm" c="dimmed">
          {t('incidents.orderSection.none')}
        </Text>
      )}
      {list.data && list.data.total > 0 && (
        <IncidentList rows={list.data.rows} label={t('incidents.orderSection.listLabel')} showOrder={false} />
      )}
    </Stack>
  );
}
