import { Alert, Group, Loader, Pagination, Table, Tabs, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';
import { changeText } from './change-text';

const TABS = ['orders', 'incidents', 'calls', 'changes'] as const;
type Tab = (typeof TABS)[number];
type Row = ChannelOutput<'customers.history'>['rows'][number];
const PER_PAGE = 25;

/** Codes from main, worded: an order's status, an incident's cause, a call's outcome, who made a change. */
function describe(tab: Tab, row: Row, t: TFunction): { title: string; detail: string } {
  const known = (key: string, code: string) => {
    const text = t(`codes.${key}.${code}` as never);
    return text === `codes.${key}.${code}` ? code : text;
  };
  switch (tab) {
    case 'orders':
      return { title: row.title, detail: known('orderStatus', row.detail) };
    case 'incidents':
      return { title: known('incidentCause', row.title), detail: known('incidentStatus', row.detail) };
    case 'calls': {
      const [outcome = '', by = ''] = row.detail.split(' · ');
      return { title: known('callPurpose', row.title), detail: `${known('callOutcome', outcome)} · ${by}` };
    }
    case 'changes': {
      const own = t(`customers.history.action.${row.title}` as never);
      return {
        title: own === `customers.history.action.${row.title}` ? known('auditAction', row.title) : own,
        detail: row.detail ? t('customers.history.by', { name: row.detail }) : '',
      };
    }
  }
}

function HistoryTable({ customerId, tab }: { customerId: number; tab: Tab }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [page, setPage] = useState(1);
  const history = useChannelQuery(
    'customers.history',
    { id: customerId, tab, offset: (page - 1) * PER_PAGE, limit: PER_PAGE },
    { keepPrevious: true },
  );
  if (history.isPending) return <Loader size="sm" m="md" aria-label={t('common.loading')} />;
  if (history.isError) return <Alert color="red">{errorMessage(history.error)}</Alert>;
  const { rows, total } = history.data;
  if (total === 0)
    return (
      <Text size="sm" c="dimmed" p="md">
        {t(`customers.history.empty.${tab}`)}
      </Text>
    );
  return (
    <>
      <Table fz="sm" verticalSpacing={6} striped aria-label={t(`customers.history.tab.${tab}`)}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>{t('customers.history.when')}</Table.Th>
            <Table.Th>{t(`customers.history.title.${tab}`)}</Table.Th>
            <Table.Th>{t(`customers.history.detail.${tab}`)}</Table.Th>
            {(tab === 'orders' || tab === 'incidents') && (
              <Table.Th ta="right">{t(`customers.history.amount.${tab}`)}</Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const { title, detail } = describe(tab, row, t);
            return (
              <Table.Tr key={row.id}>
                <Table.Td c="dimmed">{format.dayOrDateTime(row.at)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {title}
                  </Text>
                  {row.changes.map((change) => (
                    <Text key={change.field} size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {changeText(change, row.title === 'update', t, format)}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>{detail}</Table.Td>
                {(tab === 'orders' || tab === 'incidents') && (
                  <Table.Td ta="right">{row.amount === null ? '' : format.money(row.amount)}</Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {total > PER_PAGE && (
        <Group justify="center" mt="sm">
          <Pagination size="sm" total={Math.ceil(total / PER_PAGE)} value={page} onChange={setPage} />
        </Group>
      )}
    </>
  );
}

/** Everything that happened with the customer, one tab per kind. */
export function HistoryTabs({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('orders');
  return (
    <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
      <Tabs.List>
        {TABS.map((value) => (
          <Tabs.Tab key={value} value={value}>
            {t(`customers.history.tab.${value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {TABS.map((value) => (
        <Tabs.Panel key={value} value={value} pt="xs">
          <HistoryTable customerId={customerId} tab={value} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
