import {
  Alert,
  Anchor,
  Button,
  Drawer,
  Group,
  Loader,
  Pagination,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChannelInput } from '../../../../shared/contract';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';
import type { IncidentCause, LossCause } from '../../../../shared/domain/enums';
import { AttemptsDrill } from './AttemptsDrill';

const PAGE = 50;

type ListInput = ChannelInput<'incidents.list'>;

/** What a clicked bar stands for: its incidents' filter over the bucket's or the period's days. */
export interface Drill {
  /** "Late delivery", "Fault: courier", "Courier: Ivan". */
  title: string;
  /** The days, as words ("November 2026", "1 Dec 2025 – 23 Nov 2026"). */
  when: string;
  filter: Pick<ListInput, 'fault' | 'courierId' | 'deliveryMethod' | 'withoutCourier' | 'withoutOrder'> & {
    /** An incident cause, or "repeat_delivery": the failed delivery attempts, which are no incidents. */
    cause?: LossCause;
    from: string;
    to: string;
  };
}

/** The incidents' share of a drill: everything but the failed attempts (no cause filter means all). */
function incidentFilter(filter: Drill['filter']): IncidentFilter | null {
  const { cause, ...rest } = filter;
  if (cause === 'repeat_delivery') return null;
  return cause ? { ...rest, cause } : rest;
}
type IncidentFilter = Omit<Drill['filter'], 'cause'> & { cause?: IncidentCause };

/** The incidents register's address for the same filter (its parameters: cause, fault, courier, method, from, to). */
function registerLink(filter: IncidentFilter): string {
  const params = new URLSearchParams();
  if (filter.cause) params.set('cause', filter.cause);
  if (filter.fault) params.set('fault', filter.fault);
  if (filter.courierId) params.set('courier', String(filter.courierId));
  if (filter.deliveryMethod) params.set('method', filter.deliveryMethod);
  params.set('from', filter.from);
  params.set('to', filter.to);
  return `/incidents?${params.toString()}`;
}

/** The incidents behind a bar: how many, what they cost net, and each one linking to its page. */
export function IncidentsDrawer({ drill, onClose }: { drill: Drill | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={drill !== null}
      onClose={onClose}
      position="right"
      size={620}
      title={
        drill && (
          <div>
            <Text fw={700} size="lg">
              {drill.title}
            </Text>
            <Text size="sm" c="dimmed">
              {drill.when}
            </Text>
          </div>
        )
      }
      closeButtonProps={{ 'aria-label': t('reports.drill.close') }}
    >
      {/* Keyed by the filter: another bar starts again on the first page. */}
      {drill && (
        <Stack gap="xl" key={JSON.stringify(drill.filter)}>
          {incidentFilter(drill.filter) && <DrillList filter={incidentFilter(drill.filter)!} />}
          {/* Failed attempts are on orders and have no cause of their own beside "repeat delivery". */}
          {(!drill.filter.cause || drill.filter.cause === 'repeat_delivery') &&
            !drill.filter.withoutOrder && <AttemptsDrill filter={drill.filter} />}
        </Stack>
      )}
    </Drawer>
  );
}

function DrillList({ filter }: { filter: IncidentFilter }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [page, setPage] = useState(1);
  const list = useChannelQuery(
    'incidents.list',
    { ...filter, search: '', offset: (page - 1) * PAGE, limit: PAGE },
    { keepPrevious: true },
  );
  if (list.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (list.isError) return <Alert color="red">{errorMessage(list.error)}</Alert>;
  const { total, totals, rows } = list.data;
  const pages = Math.ceil(total / PAGE);

  return (
    <Stack gap="md" data-testid="drill" aria-busy={list.isFetching}>
      <SimpleGrid cols={3} spacing="sm">
        <Figure label={t('reports.drill.count')} value={format.number(total)} testId="drill-count" />
        <Figure label={t('reports.drill.costs')} value={format.money(totals.costs)} testId="drill-costs" />
        <Figure
          label={t('reports.drill.net')}
          value={format.money(totals.net)}
          testId="drill-net"
          danger={totals.net > 0}
        />
      </SimpleGrid>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('reports.drill.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped highlightOnHover aria-label={t('reports.drill.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.drill.col.day')}</Table.Th>
                <Table.Th>{t('reports.drill.col.cause')}</Table.Th>
                <Table.Th>{t('reports.drill.col.customer')}</Table.Th>
                <Table.Th>{t('reports.drill.col.status')}</Table.Th>
                <Table.Th ta="right">{t('reports.drill.col.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id} data-testid="drill-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={`/incidents/${row.id}`} size="sm">
                      {format.day(row.happenedOn)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`codes.incidentCause.${row.cause}`)}</Text>
                    {row.orderNumber && (
                      <Text size="xs" c="dimmed">
                        {t('reports.drill.order', { number: row.orderNumber })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {row.customerName ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {t(`codes.incidentStatus.${row.status}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" c={row.net > 0 ? 'red.8' : undefined} style={{ whiteSpace: 'nowrap' }}>
                    {format.money(row.net)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between">
        {pages > 1 ? (
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
        ) : (
          <span />
        )}
        {/* The register's filters cannot say "no courier" or "no order": no link rather than a wrong list. */}
        {filter.withoutCourier || filter.withoutOrder ? (
          <span />
        ) : (
          <Button
            component={Link}
            to={registerLink(filter)}
            variant="light"
            size="xs"
            rightSection={<IconExternalLink size={14} />}
          >
            {t('reports.drill.openRegister')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

export function Figure({
  label,
  value,
  testId,
  danger,
}: {
  label: string;
  value: string;
  testId: string;
  danger?: boolean;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={700} size="lg" c={danger ? 'red.8' : undefined} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}
