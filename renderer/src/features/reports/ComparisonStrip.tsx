import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconMinus } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../../shared/contract/reports';
import { useFormatters } from '../../lib/format';
import { useChartFormatters } from './chart-format';

type Totals = PeriodReport['totals'];

interface Figure {
  key: 'revenue' | 'net' | 'lossShare' | 'buyout' | 'partial' | 'incidents';
  value: number | null;
  before: number | null;
  /** How to write a value and a difference. */
  kind: 'money' | 'percent' | 'count';
  /** Whether a rise is good news (revenue, buyout) or bad (losses, refusals, incidents). */
  riseIsGood: boolean;
}

function figures(now: Totals, before: Totals | null): Figure[] {
  return [
    { key: 'revenue', value: now.revenue, before: before?.revenue ?? null, kind: 'money', riseIsGood: true },
    { key: 'net', value: now.net, before: before?.net ?? null, kind: 'money', riseIsGood: false },
    {
      key: 'lossShare',
      value: now.lossSharePercent,
      before: before?.lossSharePercent ?? null,
      kind: 'percent',
      riseIsGood: false,
    },
    {
      key: 'buyout',
      value: now.buyoutPercent,
      before: before?.buyoutPercent ?? null,
      kind: 'percent',
      riseIsGood: true,
    },
    {
      key: 'partial',
      value: now.partialPercent,
      before: before?.partialPercent ?? null,
      kind: 'percent',
      riseIsGood: false,
    },
    { key: 'incidents', value: now.count, before: before?.count ?? null, kind: 'count', riseIsGood: false },
  ];
}

/**
 * The period's totals, each with its change against the same number of days just before: an
 * arrow, the difference (percentage points for rates) and a colour saying good or bad news.
 */
export const ComparisonStrip = memo(function ComparisonStrip({
  totals,
  previous,
  previousPeriod,
}: {
  totals: Totals;
  previous: Totals | null;
  previousPeriod: { from: string; to: string } | null;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chart = useChartFormatters('month');
  const write = (kind: Figure['kind'], value: number) =>
    kind === 'money' ? format.money(value) : kind === 'percent' ? chart.percent(value) : format.number(value);
  const writeDifference = (kind: Figure['kind'], value: number) => {
    const abs = Math.abs(value);
    if (kind === 'percent')
      return t('reports.compare.points', { n: format.number(Math.round(abs * 10) / 10) });
    return kind === 'money' ? format.money(abs) : format.number(abs);
  };

  return (
    <Paper
      withBorder
      p="md"
      role="region"
      aria-label={t('reports.compare.label')}
      data-testid="report-totals"
    >
      <SimpleGrid cols={{ base: 3, lg: 6 }} spacing="md" verticalSpacing="md">
        {figures(totals, previous).map((figure) => {
          const difference =
            figure.value !== null && figure.before !== null
              ? Math.round((figure.value - figure.before) * 10) / 10
              : null;
          const rise = difference !== null && difference > 0;
          const fall = difference !== null && difference < 0;
          const good = (rise && figure.riseIsGood) || (fall && !figure.riseIsGood);
          const Arrow = rise ? IconArrowUpRight : fall ? IconArrowDownRight : IconMinus;
          const color = difference === null || difference === 0 ? 'dimmed' : good ? 'teal.8' : 'red.8';
          return (
            <div key={figure.key} data-testid={`total-${figure.key}`}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                {t(`reports.compare.${figure.key}`)}
              </Text>
              <Text fw={700} size="xl" data-testid={`total-${figure.key}-value`}>
                {figure.value === null ? '—' : write(figure.kind, figure.value)}
              </Text>
              {difference !== null ? (
                <Group gap={2} wrap="nowrap" c={color}>
                  <Arrow size={14} aria-hidden />
                  <Text size="xs" c={color} data-testid={`total-${figure.key}-change`}>
                    {difference === 0
                      ? t('reports.compare.same')
                      : t(rise ? 'reports.compare.up' : 'reports.compare.down', {
                          amount: writeDifference(figure.kind, difference),
                        })}
                  </Text>
                </Group>
              ) : (
                <Text size="xs" c="dimmed">
                  {t('reports.compare.noBefore')}
                </Text>
              )}
              {figure.key === 'revenue' && (
                <Text size="xs" c="dimmed" mt={4} data-testid="total-revenue-means">
                  {t('reports.compare.revenueMeans')}
                </Text>
              )}
            </div>
          );
        })}
      </SimpleGrid>
      {previousPeriod && (
        <Text size="xs" c="dimmed" mt="sm">
          {t('reports.compare.against', {
            from: format.day(previousPeriod.from),
            to: format.day(previousPeriod.to),
          })}
        </Text>
      )}
    </Paper>
  );
});
