import { ActionIcon, Anchor, Badge, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BlocklistEntry } from '../../../../shared/contract/blocklist';
import type { SessionUser } from '../../../../shared/contract/session';
import { useFormatters } from '../../lib/format';
import { entryValueText, LEVEL_COLOR } from '../customer-card/reasons';
import { EntryDetails } from './EntryDetails';

export const STATE_COLOR = { active: 'red', expired: 'gray', lifted: 'teal' } as const;

/** One row per entry; a row opens to its history, exceptions and the owner's actions. */
export function BlocklistTable({ entries, user }: { entries: BlocklistEntry[]; user: SessionUser }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table
      fz="sm"
      verticalSpacing={6}
      highlightOnHover
      withTableBorder
      bg="white"
      aria-label={t('blocklist.tableLabel')}
      layout="fixed"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={36} />
          <Table.Th w={190}>{t('blocklist.col.value')}</Table.Th>
          <Table.Th w={150}>{t('blocklist.col.action')}</Table.Th>
          <Table.Th>{t('blocklist.col.reason')}</Table.Th>
          <Table.Th w={140}>{t('blocklist.col.added')}</Table.Th>
          <Table.Th w={110}>{t('blocklist.col.expires')}</Table.Th>
          <Table.Th w={170}>{t('blocklist.col.customer')}</Table.Th>
          <Table.Th w={100}>{t('blocklist.col.state')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          const expanded = open.has(entry.id);
          const activeExceptions = entry.exceptions.filter((x) => x.revokedAt === null).length;
          return (
            <Fragment key={entry.id}>
              <Table.Tr
                data-testid="blocklist-entry"
                data-entry-id={entry.id}
                onClick={() => toggle(entry.id)}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-expanded={expanded}
                    aria-label={t(expanded ? 'blocklist.collapse' : 'blocklist.expand', {
                      value: entryValueText(entry.kind, entry.value),
                    })}
                    onClick={(event) => {
                      event.stopPropagation();
                      toggle(entry.id);
                    }}
                  >
                    {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                  </ActionIcon>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {entryValueText(entry.kind, entry.value)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`codes.blockKind.${entry.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={LEVEL_COLOR[entry.action]}>
                    {t(`codes.blockAction.${entry.action}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {entry.reason}
                  </Text>
                  {activeExceptions > 0 && (
                    <Text size="xs" c="teal.8">
                      {t('blocklist.exceptionsCount', { n: activeExceptions })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate>
                    {entry.createdBy}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {format.date(entry.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {entry.expiresAt === null ? (
                    <Text size="sm" c="dimmed">
                      {t('blocklist.noExpiry')}
                    </Text>
                  ) : (
                    format.date(entry.expiresAt - 1)
                  )}
                </Table.Td>
                <Table.Td>
                  {entry.customerId !== null ? (
                    <Anchor
                      component={Link}
                      to={`/customers/${entry.customerId}`}
                      size="sm"
                      onClick={(event) => event.stopPropagation()}
                    >
                      {entry.customerName || t('card.unnamed')}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge
                    size="sm"
                    variant={entry.state === 'active' ? 'filled' : 'light'}
                    color={STATE_COLOR[entry.state]}
                  >
                    {t(`codes.blockState.${entry.state}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
              {expanded && (
                <Table.Tr>
                  <Table.Td colSpan={8} bg="var(--mantine-color-gray-0)" p={0}>
                    <EntryDetails entry={entry} user={user} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
