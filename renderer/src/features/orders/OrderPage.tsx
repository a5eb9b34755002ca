import { Alert, Anchor, Button, Grid, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconMapPin, IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Order } from '../../../../shared/contract/orders';
import { OPEN_STATUSES } from '../../../../shared/domain/order-status';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { displayPhone } from '../../lib/phone-display';
import { useChannelQuery } from '../../lib/query';
import { useSession } from '../../lib/session';
import { LogIncidentButton } from '../incidents/LogIncidentButton';
import { OrderIncidents } from '../incidents/OrderIncidents';
import { ArrivalDialog, canRecordArrival } from './ArrivalDialog';
import { AttemptDialog } from './AttemptDialog';
import { OrderEvidence } from './OrderEvidence';
import { gramsToText } from './order-form';
import { OrderTimeline } from './OrderTimeline';
import { OverrideNote } from './OverrideNote';
import { RiskList } from './RiskList';
import { StatusActions } from './StatusActions';
import { StatusBadge } from './StatusBadge';

/** One order: what it is, the warnings about it, what can happen next, and what has happened. */
export function OrderPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const got = useChannelQuery('orders.get', { id: valid ? id : 1 }, { enabled: valid });
  const [attempting, setAttempting] = useState(false);
  const isOwner = useSession().data?.user?.role === 'owner';
  const [arriving, setArriving] = useState(false);
  const back = (
    <Anchor component={Link} to="/orders" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('orders.backToList')}
      </Group>
    </Anchor>
  );
  if (!valid || got.isError)
    return (
      <Stack gap="md">
        {back}
        <Alert color="red">{got.isError ? errorMessage(got.error) : t('orders.notFound')}</Alert>
      </Stack>
    );
  if (!got.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const { order, timeline, signals } = got.data;

  return (
    <Stack gap="md" maw={1240}>
      {back}
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="center">
          <Title order={2}>{t('orders.pageTitle', { number: order.number })}</Title>
          <StatusBadge status={order.status} size="lg" data-testid="order-status" />
        </Group>
        <Group gap="xs">
          {OPEN_STATUSES.includes(order.status) && (
            <Button
              component={Link}
              to={`/orders/${order.id}/edit`}
              variant="default"
              leftSection={<IconPencil size={16} />}
            >
              {t('orders.edit')}
            </Button>
          )}
          <LogIncidentButton
            hotkey="mod+I"
            prefill={{
              customer: order.customer,
              // The order brings its courier only for a cause about the delivery (use-log-links).
              order: { id: order.id, number: order.number },
            }}
          />
          {canRecordArrival(order) && (
            <Button
              variant="default"
              leftSection={<IconMapPin size={16} />}
              onClick={() => setArriving(true)}
            >
              {t('orders.arrival.open')}
            </Button>
          )}
          <StatusActions order={order} onAttempt={() => setAttempting(true)} />
        </Group>
      </Group>
      {order.override && <OverrideNote override={order.override} />}
      {signals.length > 0 && (
        <Paper withBorder p="sm" aria-label={t('orders.risk.title')} role="region">
          <RiskList signals={signals} />
        </Paper>
      )}
      <Grid gap="md">
        <Grid.Col span={7}>
          <Paper withBorder p="md">
            <ItemsTable order={order} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={5}>
          <Paper withBorder p="md">
            <OrderFacts order={order} />
          </Paper>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md">
        <OrderIncidents orderId={order.id} />
      </Paper>
      <Paper withBorder p="md">
        <OrderEvidence orderId={order.id} isOwner={isOwner} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          {t('orders.timeline.title')}
        </Title>
        <OrderTimeline entries={timeline} />
      </Paper>
      {attempting && <AttemptDialog orderId={order.id} onClose={() => setAttempting(false)} />}
      {arriving && <ArrivalDialog orderId={order.id} onClose={() => setArriving(false)} />}
    </Stack>
  );
}

function ItemsTable({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const anyKept = order.items.some((item) => item.keptQuantity !== null);
  return (
    <Table verticalSpacing={6} aria-label={t('orders.form.items')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('orders.form.col.title')}</Table.Th>
          <Table.Th>{t('orders.form.col.sku')}</Table.Th>
          <Table.Th ta="right">{t('orders.form.col.quantity')}</Table.Th>
          {anyKept && <Table.Th ta="right">{t('orders.kept')}</Table.Th>}
          <Table.Th ta="right">{t('orders.form.col.unitPrice')}</Table.Th>
          <Table.Th ta="right">{t('orders.form.col.sum')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.items.map((item) => (
          <Table.Tr key={item.id}>
            <Table.Td>{item.title}</Table.Td>
            <Table.Td c="dimmed">{item.sku}</Table.Td>
            <Table.Td ta="right">{format.number(item.quantity)}</Table.Td>
            {anyKept && <Table.Td ta="right">{item.keptQuantity ?? '—'}</Table.Td>}
            <Table.Td ta="right">{format.money(item.unitPrice)}</Table.Td>
            <Table.Td ta="right">{format.money(item.quantity * item.unitPrice)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        {[
          [t('orders.form.goodsTotal'), order.itemsTotal],
          [t('orders.form.deliveryFee'), order.deliveryFee],
          [t('orders.form.total'), order.total],
          [t('orders.received'), order.amountReceived],
        ].map(([label, amount]) => (
          <Table.Tr key={label}>
            <Table.Td colSpan={anyKept ? 5 : 4} ta="right">
              <Text size="sm" c="dimmed">
                {label}
              </Text>
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              {format.money(amount as number)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tfoot>
    </Table>
  );
}

function OrderFacts({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const row = (label: string, value: ReactNode) => (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={170} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ minWidth: 0 }}>
        {value}
      </Text>
    </Group>
  );
  return (
    <Stack gap={6} data-testid="order-facts">
      {row(
        t('orders.form.customer'),
        <Anchor component={Link} to={`/customers/${order.customer.id}`} size="sm">
          {order.customer.name || t('card.unnamed')}
          {order.customer.phone ? ` · ${displayPhone(order.customer.phone)}` : ''}
        </Anchor>,
      )}
      {row(t('orders.orderedOn'), format.day(order.orderedOn))}
      {row(
        t('orders.form.paymentMethod'),
        `${t(`codes.paymentMethod.${order.paymentMethod}`)} · ${t(`codes.paymentStatus.${order.paymentStatus}`)}`,
      )}
      {order.cheque &&
        row(
          t('orders.cheque.receivedOn'),
          `${format.day(order.cheque.receivedOn)} · ${t('orders.cheque.clearsOn', { date: format.day(order.cheque.clearsOn) })}`,
        )}
      {row(t('orders.form.deliveryMethod'), t(`codes.deliveryMethod.${order.deliveryMethod}`))}
      {row(t('orders.form.address'), order.address || '—')}
      {row(
        t('orders.delivery'),
        order.deliveryDate
          ? `${format.day(order.deliveryDate)}${order.window ? `, ${order.window.from}–${order.window.to}` : ''}`
          : t('orders.notPlanned'),
      )}
      {row(t('orders.form.courier'), order.courier?.name ?? t('orders.form.noCourier'))}
      {row(t('orders.form.trackingNumber'), order.trackingNumber ?? '—')}
      {order.arrivedOn && row(t('orders.arrival.day'), format.day(order.arrivedOn))}
      {row(
        t('orders.form.parcelWeight'),
        order.parcelWeightG === null ? '—' : `${gramsToText(order.parcelWeightG)} ${t('orders.form.kg')}`,
      )}
      {row(t('orders.checkedInPresence'), t(`codes.checkedInPresence.${order.checkedInPresence}`))}
      {order.customerComment && row(t('orders.form.customerComment'), order.customerComment)}
    </Stack>
  );
}
