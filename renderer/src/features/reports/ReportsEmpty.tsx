import { Button, EmptyState, Group, Paper } from '@mantine/core';
import { IconAlertTriangle, IconCalendarTime, IconChartBar, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../lib/format';

/**
 * Nothing to draw: the shop has no outcomes or incidents at all (say where they come from), or
 * only this period is empty (say so, and offer a longer one).
 */
export function ReportsEmpty({
  scope,
  period,
  onLast12,
}: {
  scope: 'shop' | 'period';
  period: { from: string; to: string };
  onLast12?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Paper withBorder p="xl" data-testid="reports-empty" data-scope={scope}>
      <EmptyState
        size="md"
        variant="light"
        icon={<IconChartBar size={32} stroke={1.5} />}
        title={scope === 'shop' ? t('reports.empty.shopTitle') : t('reports.empty.periodTitle')}
        description={
          scope === 'shop'
            ? t('reports.empty.shopText')
            : t('reports.empty.periodText', { from: format.day(period.from), to: format.day(period.to) })
        }
      >
        <EmptyState.Actions>
          <Group justify="center" gap="sm">
            {onLast12 && (
              <Button variant="filled" onClick={onLast12}>
                {t('reports.empty.last12')}
              </Button>
            )}
            <Button
              component={Link}
              to="/day-plan"
              variant="light"
              leftSection={<IconCalendarTime size={16} />}
            >
              {t('reports.empty.dayPlan')}
            </Button>
            <Button
              component={Link}
              to="/incidents"
              variant="light"
              leftSection={<IconAlertTriangle size={16} />}
            >
              {t('reports.empty.incidents')}
            </Button>
            {scope === 'shop' && (
              <Button
                component={Link}
                to="/settings"
                variant="light"
                leftSection={<IconSettings size={16} />}
              >
                {t('reports.empty.settings')}
              </Button>
            )}
          </Group>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
