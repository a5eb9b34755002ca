import { Box, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../../shared/contract/reports';
import type { LossCause } from '../../../../shared/domain/enums';
import { useFormatters } from '../../lib/format';
import classes from './ChartBox.module.css';
import { CAUSE_COLOR, useChartFormatters } from './chart-format';
import type { Granularity } from './period';

/** Past this many weeks or months the table shows each cause's total only (the CSV keeps them all). */
const TABLE_MAX_BUCKETS = 60;

/**
 * The chart as a table: a row per cause (its colour is the legend), a column per bar and the
 * total; every amount opens the incidents behind it, so the keyboard reaches what a click does.
 */
export function CauseTable({
  report,
  granularity,
  onCell,
}: {
  report: PeriodReport;
  granularity: Granularity;
  onCell: (cause: LossCause, start: string | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chart = useChartFormatters(granularity, report);
  const buckets = report.buckets.length <= TABLE_MAX_BUCKETS ? report.buckets : [];
  // Amounts read as plain figures and underline on hover; each one is a button all the same.
  const amount = (value: number, label: string, open: () => void, always = false) =>
    value === 0 && !always ? (
      <span className={classes.none}>—</span>
    ) : (
      <button type="button" className={classes.amount} onClick={open} aria-label={label}>
        {format.money(value)}
      </button>
    );

  return (
    <>
      {buckets.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('reports.causes.tooManyColumns', { n: TABLE_MAX_BUCKETS })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={500} type="native">
        <Table
          striped
          withColumnBorders
          fz="sm"
          aria-label={t('reports.causes.tableLabel')}
          data-testid="causes-table"
          style={{ whiteSpace: 'nowrap' }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={{ position: 'sticky', left: 0, background: 'white', zIndex: 1 }}>
                {t('reports.causes.cause')}
              </Table.Th>
              <Table.Th ta="right">{t('reports.causes.lines')}</Table.Th>
              {buckets.map((b) => (
                <Table.Th key={b.start} ta="right">
                  {chart.bucketTick(b.start)}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('reports.table.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.byCause.map((row) => (
              <Table.Tr key={row.cause} data-cause={row.cause}>
                <Table.Th scope="row" style={{ position: 'sticky', left: 0, background: 'white', zIndex: 1 }}>
                  <Group gap={6} wrap="nowrap">
                    <Box w={10} h={10} style={{ borderRadius: 2, background: CAUSE_COLOR[row.cause] }} />
                    <Text size="sm" fw={500}>
                      {t(`codes.incidentCause.${row.cause}`)}
                    </Text>
                  </Group>
                </Table.Th>
                <Table.Td ta="right">{format.number(row.count)}</Table.Td>
                {buckets.map((b) => (
                  <Table.Td key={b.start} ta="right">
                    {amount(
                      b.byCause[row.cause] ?? 0,
                      t('reports.causes.cellLabel', {
                        cause: t(`codes.incidentCause.${row.cause}`),
                        when: chart.bucketName(b.start),
                      }),
                      () => onCell(row.cause, b.start),
                    )}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={700}>
                  {amount(
                    row.net,
                    t('reports.causes.totalLabel', { cause: t(`codes.incidentCause.${row.cause}`) }),
                    () => onCell(row.cause, null),
                    true,
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th style={{ position: 'sticky', left: 0, background: 'white', zIndex: 1 }}>
                {t('reports.causes.allCauses')}
              </Table.Th>
              <Table.Td ta="right" fw={700}>
                {format.number(report.totals.count)}
              </Table.Td>
              {buckets.map((b) => (
                <Table.Td key={b.start} ta="right" fw={700}>
                  {format.money(b.net)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700} data-testid="causes-total-net">
                {format.money(report.totals.net)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th style={{ position: 'sticky', left: 0, background: 'white', zIndex: 1 }}>
                {t('reports.causes.incidents')}
              </Table.Th>
              <Table.Td />
              {buckets.map((b) => (
                <Table.Td key={b.start} ta="right">
                  {format.number(b.incidents)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700}>
                {format.number(report.totals.incidents)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
