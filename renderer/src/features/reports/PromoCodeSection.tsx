import { Anchor, Table } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeriodReport } from '../../../../shared/contract/reports';
import { useFormatters } from '../../lib/format';
import { NothingToDraw, ReportSection } from './ChartParts';
import { csvMoney } from '../../../../shared/domain/csv';
import { csvFileName, downloadCsv } from './csv';

/**
 * Losses grouped by the promo code or campaign incidents name (scenario 15: which promotion's
 * unshown terms cost what). Each code opens the register filtered by it over the period.
 */
export const PromoCodeSection = memo(function PromoCodeSection({ report }: { report: PeriodReport }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rows = report.byPromoCode;
  const period = { from: report.from, to: report.to };
  const download = () =>
    downloadCsv(csvFileName('losses-by-promo-code', period), {
      header: [
        t('followUps.report.column'),
        t('followUps.report.incidents'),
        t('reports.csv.costs', { currency: format.currency }),
        t('reports.csv.recovered', { currency: format.currency }),
        t('reports.csv.netLoss', { currency: format.currency }),
      ],
      rows: rows.map((r) => [
        r.promoCode,
        r.count,
        csvMoney(r.costs, format.currency),
        csvMoney(r.recovered, format.currency),
        csvMoney(r.net, format.currency),
      ]),
    });
  const link = (code: string) =>
    `/incidents?${new URLSearchParams({ promo: code, from: period.from, to: period.to }).toString()}`;

  return (
    <ReportSection
      title={t('followUps.report.title')}
      description={t('followUps.report.description')}
      onDownload={rows.length > 0 ? download : undefined}
      testId="report-promo-codes"
    >
      {rows.length === 0 ? (
        <NothingToDraw>{t('followUps.report.none')}</NothingToDraw>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped fz="sm" aria-label={t('followUps.report.title')} data-testid="promo-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('followUps.report.column')}</Table.Th>
                <Table.Th ta="right">{t('followUps.report.incidents')}</Table.Th>
                <Table.Th ta="right">{t('reports.table.costs')}</Table.Th>
                <Table.Th ta="right">{t('reports.table.recovered')}</Table.Th>
                <Table.Th ta="right">{t('reports.table.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.promoCode} data-testid="promo-row" data-code={row.promoCode}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={link(row.promoCode)} size="sm">
                      {row.promoCode}
                    </Anchor>
                  </Table.Th>
                  <Table.Td ta="right">{format.number(row.count)}</Table.Td>
                  <Table.Td ta="right">{format.money(row.costs)}</Table.Td>
                  <Table.Td ta="right" c={row.recovered > 0 ? 'teal.8' : 'dimmed'}>
                    {format.money(row.recovered)}
                  </Table.Td>
                  <Table.Td ta="right" fw={600} c={row.net > 0 ? 'red.8' : undefined} data-testid="promo-net">
                    {format.money(row.net)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </ReportSection>
  );
});
