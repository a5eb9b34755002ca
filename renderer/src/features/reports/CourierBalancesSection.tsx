import { Alert, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';
import { CashBadge } from '../dayplan/CashBadge';
import { ReportSection } from './ChartParts';

/**
 * Every courier's running balance over every day recorded (the courier ledger): cash still
 * owed, card payments at the door not matched by a terminal total, and the last handover. Not
 * tied to the period picker: what is owed is owed whenever it started.
 */
export function CourierBalancesSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const ledger = useChannelQuery('cash.ledger', {});
  return (
    <ReportSection
      title={t('reports.couriers.title')}
      description={t('reports.couriers.description')}
      testId="report-courier-balances"
    >
      {ledger.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : ledger.isError ? (
        <Alert color="red">{errorMessage(ledger.error)}</Alert>
      ) : ledger.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.couriers.none')}
        </Text>
      ) : (
        <Table striped fz="sm" maw={820} aria-label={t('reports.couriers.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.couriers.courier')}</Table.Th>
              <Table.Th ta="right">{t('reports.couriers.cash')}</Table.Th>
              <Table.Th ta="right">{t('reports.couriers.card')}</Table.Th>
              <Table.Th ta="right">{t('reports.couriers.lastHandover')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ledger.data.map((row) => (
              <Table.Tr key={row.courierId} data-testid="courier-balance" data-courier={row.courierName}>
                <Table.Td fw={500}>{row.courierName}</Table.Td>
                <Table.Td ta="right">
                  <CashBadge amount={row.cash} testId="balance-cash" />
                </Table.Td>
                <Table.Td ta="right">
                  <CashBadge amount={row.card} testId="balance-card" />
                </Table.Td>
                <Table.Td ta="right">
                  {row.lastHandover ? format.day(row.lastHandover) : t('reports.couriers.never')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </ReportSection>
  );
}
