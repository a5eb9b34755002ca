import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanStop } from '../../../../shared/contract/planning';
import { useFormatters } from '../../lib/format';
import { displayPhone } from '../../lib/phone-display';
import { StatusBadge } from '../orders/StatusBadge';

/** Pickup-point and post orders: the customer gets a message, not a call, and no route. */
export function MessageOnlyList({ stops }: { stops: PlanStop[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (stops.length === 0) return null;
  return (
    <Paper withBorder p="sm" role="region" aria-labelledby="message-only-title">
      <Title order={5} id="message-only-title">
        {t('plan.messageOnly.title', { n: stops.length })}
      </Title>
      <Text size="xs" c="dimmed" mb={6}>
        {t('plan.messageOnly.hint')}
      </Text>
      <Table verticalSpacing={4} aria-labelledby="message-only-title" data-testid="message-only">
        <Table.Tbody>
          {stops.map((stop) => (
            <Table.Tr key={stop.orderId}>
              <Table.Td w={110}>
                <Text size="sm" fw={600} component={Link} to={`/orders/${stop.orderId}`} c="inherit">
                  {stop.number}
                </Text>
              </Table.Td>
              <Table.Td>{stop.customerName}</Table.Td>
              <Table.Td w={180}>{stop.phone ? displayPhone(stop.phone) : '—'}</Table.Td>
              <Table.Td w={150}>
                <Badge size="sm" variant="light" color="grape">
                  {t(`codes.deliveryMethod.${stop.deliveryMethod}`)}
                </Badge>
                {/* The number the customer and the post ask about: on the list, not only on the order page. */}
                {stop.trackingNumber ? (
                  <Text size="xs" ff="monospace" mt={2} data-testid="tracking-number">
                    {stop.trackingNumber}
                  </Text>
                ) : (
                  stop.deliveryMethod === 'post' && (
                    <Text size="xs" c="orange.8" mt={2}>
                      {t('plan.messageOnly.noTracking')}
                    </Text>
                  )
                )}
              </Table.Td>
              <Table.Td>{stop.address}</Table.Td>
              <Table.Td w={110} ta="right">
                {stop.toCollect > 0 ? format.money(stop.toCollect) : ''}
              </Table.Td>
              <Table.Td w={130}>
                <StatusBadge status={stop.status} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
