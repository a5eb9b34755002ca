import { Badge, Button, Paper, Table, Text, Title } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanStop } from '../../../../shared/contract/planning';
import { useFormatters } from '../../lib/format';
import { displayPhone } from '../../lib/phone-display';
import { ArrivalDialog, canRecordArrival } from '../orders/ArrivalDialog';
import { StatusBadge } from '../orders/StatusBadge';

/**
 * Pickup-point and post orders: the customer gets a message, not a call, and no route. A post
 * parcel says whether it has reached the customer's city yet, and takes that step (scenario 8).
 */
export function MessageOnlyList({ stops }: { stops: PlanStop[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [arriving, setArriving] = useState<number | null>(null);
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
              {/* Whole words: "Прибыл в город…" and its date were cut in a fixed-width cell. */}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {stop.arrivedOn && (
                  <Text size="xs" c="grape.8" data-testid="arrived-on">
                    {t('orders.arrival.arrivedOn', { date: format.day(stop.arrivedOn) })}
                  </Text>
                )}
                {canRecordArrival(stop) && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconMapPin size={12} />}
                    aria-label={`${t('orders.arrival.open')} ${stop.number}`}
                    onClick={() => setArriving(stop.orderId)}
                  >
                    {t('orders.arrival.open')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {arriving !== null && <ArrivalDialog orderId={arriving} onClose={() => setArriving(null)} />}
    </Paper>
  );
}
