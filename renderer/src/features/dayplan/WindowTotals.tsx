import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format';
import type { WindowTotal } from './plan-model';

/** One line over the board: each window's orders and money across all couriers and unassigned. */
export function WindowTotals({ totals }: { totals: WindowTotal[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Paper withBorder px="sm" py={4} role="region" aria-label={t('plan.windowTotals.label')}>
      <Group gap="md" wrap="wrap" data-testid="window-totals">
        <Text size="xs" fw={700} c="dimmed">
          {t('plan.windowTotals.label')}
        </Text>
        {totals.map((total) => (
          <Text key={total.key} size="xs" data-testid="window-total" data-window={total.key}>
            <Text span size="xs" fw={700}>
              {total.window ? `${total.window.from}–${total.window.to}` : t('plan.noWindow')}
            </Text>
            {`: ${total.count}`}
            {total.toCollect > 0 && ` · ${format.money(total.toCollect)}`}
          </Text>
        ))}
      </Group>
    </Paper>
  );
}
