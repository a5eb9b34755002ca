import { Alert, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/contract/orders';
import { useFormatters } from '../../lib/format';

/** The owner's decision, where the order is looked at or edited: who accepted it, when and why. */
export function OverrideNote({ override }: { override: NonNullable<Order['override']> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Alert color="grape" variant="light" icon={<IconShieldCheck size={18} />} data-testid="order-override">
      <Text size="sm" fw={600}>
        {t('orders.override.title', { by: override.by, at: format.dateTime(override.at) })}
      </Text>
      <Text size="sm">{t('orders.override.reason', { reason: override.reason })}</Text>
    </Alert>
  );
}
