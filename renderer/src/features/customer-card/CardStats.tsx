import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract/customers';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';

function Stat({ label, value, tone }: { label: string; value: string; tone?: string }) {
  return (
    <Paper withBorder p="xs" radius="sm">
      <Text size="xs" c="dimmed" truncate>
        {label}
      </Text>
      <Text fw={700} c={tone} truncate>
        {value}
      </Text>
    </Paper>
  );
}

/** Orders, money and trouble side by side: what the customer brings and what they cost. */
export function CardStats({ stats }: { stats: CustomerCard['stats'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const settings = useChannelQuery('settings.get', {});
  const minimum = settings.data?.risk.minBuyoutRatePercent ?? 0;
  const rate = stats.buyoutRatePercent;
  return (
    <SimpleGrid
      type="container"
      cols={{ base: 2, '480px': 3 }}
      spacing="xs"
      verticalSpacing="xs"
      aria-label={t('card.stats.title')}
    >
      <Stat
        label={t('card.stats.orders')}
        value={t('card.stats.ordersValue', {
          orders: format.number(stats.orders),
          delivered: format.number(stats.delivered),
        })}
      />
      <Stat label={t('card.stats.revenue')} value={format.money(stats.revenue)} />
      <Stat
        label={t('card.stats.buyoutRate')}
        value={rate === null ? '—' : format.percent(rate)}
        tone={rate !== null && rate < minimum ? 'orange.8' : undefined}
      />
      <Stat
        label={t('card.stats.refusals')}
        value={format.number(stats.refusedOrReturned)}
        tone={stats.refusedOrReturned > 0 ? 'orange.8' : undefined}
      />
      <Stat
        label={t('card.stats.incidents')}
        value={t('card.stats.incidentsValue', {
          incidents: format.number(stats.incidents),
          open: format.number(stats.openIncidents),
        })}
        tone={stats.openIncidents > 0 ? 'orange.8' : undefined}
      />
      <Stat
        label={t('card.stats.losses')}
        value={format.money(stats.losses)}
        tone={stats.losses > 0 ? 'red.8' : undefined}
      />
    </SimpleGrid>
  );
}
