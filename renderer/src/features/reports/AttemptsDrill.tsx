import { Alert, Anchor, Loader, Pagination, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';
import { Figure, type Drill } from './IncidentsDrawer';

const PAGE = 50;

/**
 * The failed delivery attempts behind a Reports figure (cause "repeat delivery", or their share of
 * a fault, courier or delivery method), each linking to its order.
 */
export function AttemptsDrill({ filter }: { filter: Drill['filter'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [page, setPage] = useState(1);
  const { fault, courierId, withoutCourier, deliveryMethod, from, to } = filter;
  const list = useChannelQuery(
    'losses.attempts',
    { fault, courierId, withoutCourier, deliveryMethod, from, to, offset: (page - 1) * PAGE, limit: PAGE },
    { keepPrevious: true },
  );
  if (list.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (list.isError) return <Alert color="red">{errorMessage(list.error)}</Alert>;
  const { total, amount, rows } = list.data;
  // Beside incidents, a drill with no failed attempts says nothing about them.
  if (total === 0 && filter.cause !== 'repeat_delivery') return null;
  const pages = Math.ceil(total / PAGE);

  return (
    <Stack gap="md" data-testid="drill-attempts" aria-busy={list.isFetching}>
      <Title order={5}>{t('reports.drill.attempts.title')}</Title>
      <SimpleGrid cols={3} spacing="sm">
        <Figure
          label={t('reports.drill.attempts.count')}
          value={format.number(total)}
          testId="drill-attempts-count"
        />
        <Figure
          label={t('reports.drill.net')}
          value={format.money(amount)}
          testId="drill-attempts-net"
          danger={amount > 0}
        />
      </SimpleGrid>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('reports.drill.attempts.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped highlightOnHover aria-label={t('reports.drill.attempts.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.drill.col.day')}</Table.Th>
                <Table.Th>{t('reports.drill.attempts.outcome')}</Table.Th>
                <Table.Th>{t('reports.drill.col.customer')}</Table.Th>
                <Table.Th>{t('reports.drill.attempts.fault')}</Table.Th>
                <Table.Th ta="right">{t('reports.drill.col.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.attemptId} data-testid="drill-attempt">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(row.attemptedOn)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`codes.attemptOutcome.${row.outcome}`)}</Text>
                    <Anchor component={Link} to={`/orders/${row.orderId}`} size="xs">
                      {t('reports.drill.order', { number: row.orderNumber })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {row.customerName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {t(`codes.fault.${row.fault}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" c="red.8" style={{ whiteSpace: 'nowrap' }}>
                    {format.money(row.amount)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Pagination
          size="sm"
          total={pages}
          value={page}
          onChange={setPage}
          getControlProps={(control) => ({
            'aria-label':
              control === 'previous' ? t('reports.drill.previousPage') : t('reports.drill.nextPage'),
          })}
        />
      )}
    </Stack>
  );
}
