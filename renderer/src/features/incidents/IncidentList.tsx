import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/contract';
import { useFormatters } from '../../lib/format';
import { IncidentStatusBadge, OverdueBadge } from './IncidentBadges';

type Row = ChannelOutput<'incidents.list'>['rows'][number];

/** A short list of incidents (a customer's, an order's): each opens its page; overdue ones stand out. */
export function IncidentList({
  rows,
  label,
  showOrder = true,
}: {
  rows: Row[];
  label: string;
  /** Off on the order's own page, where every row is about that order. */
  showOrder?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap={0} role="list" aria-label={label}>
      {rows.map((row) => (
        <Group
          key={row.id}
          role="listitem"
          data-testid="incident-row"
          data-overdue={row.overdue}
          justify="space-between"
          wrap="nowrap"
          gap="xs"
          py={6}
          px={6}
          style={{
            borderBottom: '1px solid var(--mantine-color-gray-2)',
            borderLeft: `3px solid ${row.overdue ? 'var(--mantine-color-red-6)' : 'transparent'}`,
            background: row.overdue ? 'var(--mantine-color-red-0)' : undefined,
          }}
        >
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Text size="sm" c="dimmed" w={96} style={{ flexShrink: 0 }}>
              {format.day(row.happenedOn)}
            </Text>
            <Anchor component={Link} to={`/incidents/${row.id}`} size="sm" fw={500} truncate>
              {t(`codes.incidentCause.${row.cause}`)}
            </Anchor>
            {showOrder && row.orderNumber && (
              <Badge size="xs" variant="outline" color="gray">
                {row.orderNumber}
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            {!row.countsAgainstCustomer && (
              <Badge size="xs" variant="light" color="teal" data-testid="not-counted">
                {t('incidents.notHeld.badge')}
              </Badge>
            )}
            {row.overdue && <OverdueBadge size="xs" />}
            <IncidentStatusBadge status={row.status} waitingFor={row.waitingFor} size="xs" />
            <Text size="sm" fw={500} w={96} ta="right" c={row.net > 0 ? 'red.8' : undefined}>
              {format.money(row.net)}
            </Text>
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
