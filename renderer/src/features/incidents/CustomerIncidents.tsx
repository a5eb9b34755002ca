import { Alert, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';
import { IncidentList } from './IncidentList';

const SHOWN = 20;

/** A customer's incidents and what they cost: whose orders keep turning into incidents stands out. */
export function CustomerIncidents({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const list = useChannelQuery('incidents.list', { customerId, search: '', offset: 0, limit: SHOWN });
  return (
    <Stack gap="xs" component="section" aria-labelledby="customer-incidents" data-testid="customer-incidents">
      <Group justify="space-between" align="baseline">
        <Group gap="sm" align="baseline">
          <Title order={4} id="customer-incidents">
            {t('incidents.customerSection.title')}
          </Title>
          {list.data && list.data.total > 0 && (
            <Text size="sm" c="dimmed" data-testid="customer-incidents-summary">
              {t('incidents.customerSection.summary', {
                n: format.number(list.data.total),
                net: format.money(list.data.totals.net),
              })}
            </Text>
          )}
        </Group>
        {list.data && list.data.total > 0 && (
          <Anchor component={Link} to={`/incidents?customer=${customerId}`} size="sm">
            {t('incidents.customerSection.all')}
          </Anchor>
        )}
      </Group>
      {list.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {list.data && list.data.total === 0 && (
        <Text size="sm" c="dimmed">
          {t('incidents.customerSection.none')}
        </Text>
      )}
      {list.data && list.data.total > 0 && (
        <IncidentList rows={list.data.rows} label={t('incidents.customerSection.listLabel')} />
      )}
    </Stack>
  );
}
