import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerCard } from '../../../../shared/contract/customers';
import { useFormatters } from '../../lib/format';

type OrderStatus = CustomerCard['lastOrders'][number]['status'];

/** Outcomes that cost the shop stand out; the rest stay quiet. */
const ORDER_TONE: Record<OrderStatus, string> = {
  new: 'dimmed',
  confirmed: 'dimmed',
  scheduled: 'dimmed',
  out_for_delivery: 'blue.7',
  delivered: 'teal.8',
  partly_bought_out: 'orange.8',
  refused: 'red.8',
  not_at_home: 'orange.8',
  returned: 'red.8',
  cancelled: 'dimmed',
  lost: 'red.8',
};

/** The last five orders and the incidents still open (overdue follow-ups marked). */
export function CardActivity({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="md">
      <section aria-labelledby="card-last-orders">
        <Title order={5} id="card-last-orders" mb={4}>
          {t('card.lastOrders')}
        </Title>
        {card.lastOrders.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('card.noOrders')}
          </Text>
        ) : (
          <Stack gap={0} aria-labelledby="card-last-orders" role="list">
            {card.lastOrders.map((order) => (
              <Group
                key={order.id}
                role="listitem"
                justify="space-between"
                wrap="nowrap"
                gap="xs"
                py={4}
                style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
              >
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>
                    <Anchor component={Link} to={`/orders/${order.id}`} fw={600} size="sm">
                      {order.number}
                    </Anchor>{' '}
                    <Text span c="dimmed">
                      · {format.day(order.orderedOn)}
                    </Text>
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {t(`codes.paymentMethod.${order.paymentMethod}`)}
                  </Text>
                </div>
                <div style={{ textAlign: 'right', flexShrink: 0 }}>
                  <Text size="sm" fw={500}>
                    {format.money(order.total)}
                  </Text>
                  <Text size="xs" c={ORDER_TONE[order.status]}>
                    {t(`codes.orderStatus.${order.status}`)}
                  </Text>
                </div>
              </Group>
            ))}
          </Stack>
        )}
      </section>
      <section aria-labelledby="card-open-incidents">
        <Title order={5} id="card-open-incidents" mb={4}>
          {t('card.openIncidents')}
        </Title>
        {card.openIncidents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('card.noOpenIncidents')}
          </Text>
        ) : (
          <Stack gap={4} role="list" aria-labelledby="card-open-incidents">
            {card.openIncidents.map((incident) => (
              <Group
                key={incident.id}
                role="listitem"
                data-testid="card-incident"
                data-overdue={incident.overdue}
                gap="xs"
                wrap="nowrap"
                px={6}
                py={2}
                style={{
                  // An overdue follow-up is the thing to deal with on this call: it stands out.
                  borderLeft: `3px solid ${incident.overdue ? 'var(--mantine-color-red-6)' : 'transparent'}`,
                  background: incident.overdue ? 'var(--mantine-color-red-0)' : undefined,
                  borderRadius: 4,
                }}
              >
                <Text size="sm" c="dimmed" miw={96}>
                  {format.day(incident.happenedOn)}
                </Text>
                <Anchor component={Link} to={`/incidents/${incident.id}`} size="sm" fw={500} truncate>
                  {t(`codes.incidentCause.${incident.cause}`)}
                </Anchor>
                <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
                  {t(`codes.incidentStatus.${incident.status}`)}
                </Badge>
                {incident.followUpDue !== null && (
                  <Badge
                    size="xs"
                    variant={incident.overdue ? 'filled' : 'light'}
                    color={incident.overdue ? 'red' : 'blue'}
                    style={{ flexShrink: 0 }}
                  >
                    {incident.overdue
                      ? t('card.overdue', { date: format.date(incident.followUpDue) })
                      : t('card.followUp', { date: format.date(incident.followUpDue) })}
                  </Badge>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
