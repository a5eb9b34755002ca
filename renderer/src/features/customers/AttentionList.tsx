import { Alert, Anchor, Badge, Group, Loader, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ATTENTION_RULES, type AttentionRule } from '../../../../shared/contract/customers';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { displayPhone } from '../../lib/phone-display';
import { useChannelQuery } from '../../lib/query';
import { LEVEL_COLOR, signalText } from '../customer-card/reasons';
import { SuggestionAction, signalsWithAction } from '../customer-card/SuggestionAction';

const PAGE = 50;

/**
 * "Needs a decision": the customers a rule fired for and nobody has answered yet, each with the
 * rule's numbers and its one-click answer. A decided customer leaves the list on the next refresh
 * (the write says "customers changed").
 */
export function AttentionList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [rule, setRule] = useState<AttentionRule | null>(null);
  const [page, setPage] = useState(1);
  const list = useChannelQuery(
    'customers.attention',
    { ...(rule ? { rule } : {}), offset: (page - 1) * PAGE, limit: PAGE },
    { keepPrevious: true },
  );
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE)) : 1;

  return (
    <Stack gap="sm" data-testid="attention-list" data-state={list.isFetching ? 'loading' : 'shown'}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Text fw={600}>{t('attention.title')}</Text>
          <Text size="sm" c="dimmed" maw={760}>
            {t('attention.hint')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          {data && (
            <Text size="sm" c="dimmed" data-testid="attention-total">
              {t('attention.count', { n: format.number(data.total) })}
            </Text>
          )}
          <Select
            w={200}
            label={t('attention.ruleFilter')}
            placeholder={t('attention.anyRule')}
            clearable
            data={ATTENTION_RULES.map((value) => ({ value, label: t(`attention.rule.${value}`) }))}
            value={rule}
            onChange={(value) => {
              setRule(value as AttentionRule | null);
              setPage(1);
            }}
          />
        </Group>
      </Group>
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {!data && !list.isError && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('attention.loading')}
          </Text>
        </Group>
      )}
      {data?.total === 0 && (
        <Alert color="teal" variant="light" data-testid="attention-empty">
          {t('attention.empty')}
        </Alert>
      )}
      {data && data.total > 0 && (
        <Table striped verticalSpacing="xs" aria-label={t('attention.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="26%">{t('attention.columns.customer')}</Table.Th>
              <Table.Th>{t('attention.columns.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((row) => (
              <Table.Tr key={row.id} data-testid="attention-row" data-customer-id={row.id}>
                <Table.Td valign="top">
                  <Anchor component={Link} to={`/customers/${row.id}`} fw={600} size="sm">
                    {row.name || t('card.unnamed')}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {row.phone ? displayPhone(row.phone) : ''}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('attention.orders', { n: format.number(row.ordersCount) })} ·{' '}
                    {t('attention.losses', { amount: format.money(row.losses) })}
                  </Text>
                  <Group gap={4} mt={2}>
                    {row.vip && (
                      <Badge size="xs" color="violet">
                        {t('codes.flag.vip')}
                      </Badge>
                    )}
                    {row.caution && (
                      <Badge size="xs" color="yellow">
                        {t('codes.flag.caution')}
                      </Badge>
                    )}
                    {row.doubtful && (
                      <Badge size="xs" color="yellow">
                        {t('codes.flag.doubtful')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Stack gap={6}>
                    {row.signals.map((signal, _i, all) => (
                      <Group
                        key={signal.rule}
                        gap="xs"
                        wrap="nowrap"
                        align="flex-start"
                        justify="space-between"
                      >
                        <Group gap="xs" wrap="nowrap" align="flex-start">
                          <Badge
                            size="sm"
                            variant="filled"
                            autoContrast
                            color={LEVEL_COLOR[signal.level]}
                            miw={110}
                          >
                            {t(`attention.rule.${signal.rule as AttentionRule}`)}
                          </Badge>
                          <Text size="sm">{signalText(signal, t, format)}</Text>
                        </Group>
                        {signalsWithAction(all).has(signal) && (
                          <SuggestionAction
                            signal={signal}
                            customer={{ id: row.id, name: row.name, phone: row.phone }}
                          />
                        )}
                      </Group>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data && pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
    </Stack>
  );
}
