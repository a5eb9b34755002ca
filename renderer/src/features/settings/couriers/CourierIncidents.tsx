import { Anchor, Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Courier } from '../../../../../shared/contract/couriers';
import { useFormatters } from '../../../lib/format';

/** Repeat trouble: a courier at fault twice or more in 90 days is highlighted. */
export const REPEATED_FAULT = 2;

/** A courier's incidents of the last 90 days: how many, how many their fault, the net loss. */
export function CourierIncidents({ courier }: { courier: Courier }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const stats = courier.incidents90d;
  if (stats.count === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('incidents.courierStats.none')}
      </Text>
    );
  const repeated = stats.courierFault >= REPEATED_FAULT;
  return (
    <Group gap={6} wrap="nowrap" data-testid="courier-incidents" data-repeated={repeated}>
      {repeated && (
        <Badge
          size="sm"
          color="red"
          variant="filled"
          leftSection={<IconAlertTriangle size={12} aria-hidden />}
          title={t('incidents.courierStats.repeated', { n: stats.courierFault })}
        >
          {stats.courierFault}
        </Badge>
      )}
      <div style={{ minWidth: 0 }}>
        <Anchor
          component={Link}
          to={`/incidents?courier=${courier.id}`}
          size="sm"
          c={repeated ? 'red.8' : undefined}
          fw={repeated ? 600 : undefined}
          title={t('incidents.courierStats.open', { name: courier.name })}
        >
          {t('incidents.courierStats.value', { n: stats.count, fault: stats.courierFault })}
        </Anchor>
        <Text size="xs" c={stats.net > 0 ? 'red.8' : 'dimmed'}>
          {t('incidents.courierStats.net', { amount: format.money(stats.net) })}
        </Text>
      </div>
    </Group>
  );
}
