import {
  Alert,
  Button,
  Group,
  Loader,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isIsoDate } from '../../../../shared/domain/dates';
import {
  ORDER_STATUSES,
  PAYMENT_METHODS,
  type OrderStatus,
  type PaymentMethod,
} from '../../../../shared/domain/enums';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';
import { OrdersTable } from './OrdersTable';
import { PAGE_SIZE, type OrderFilter } from './use-order-pages';

type Risk = NonNullable<OrderFilter['risk']>;
const RISKS: readonly Risk[] = ['flagged', 'overridden'];

/**
 * Every order, searchable by number or customer, filtered by dates, status, courier, payment and
 * risk (the customer flagged, or the order accepted despite the blocklist).
 */
export function OrdersScreen() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText.trim(), 200);
  const [dateField, setDateField] = useState<'ordered' | 'delivery'>('ordered');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [statuses, setStatuses] = useState<OrderStatus[]>([]);
  const [courier, setCourier] = useState<string | null>(null);
  const [payment, setPayment] = useState<PaymentMethod | null>(null);
  const [risk, setRisk] = useState<Risk | null>(null);
  const couriers = useChannelQuery('couriers.list', { includeInactive: true });

  const filter: OrderFilter = {
    search,
    dateField,
    ...(isIsoDate(from) ? { from } : {}),
    ...(isIsoDate(to) ? { to } : {}),
    ...(statuses.length ? { statuses } : {}),
    ...(courier ? { courierId: Number(courier) } : {}),
    ...(payment ? { paymentMethod: payment } : {}),
    ...(risk ? { risk } : {}),
  };
  const head = useChannelQuery(
    'orders.list',
    { ...filter, offset: 0, limit: PAGE_SIZE },
    { keepPrevious: true },
  );
  const total = head.data?.total ?? null;
  const filtered =
    search !== '' || from !== '' || to !== '' || statuses.length > 0 || courier || payment || risk;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('nav.orders')}</Title>
          {total !== null && (
            <Text c="dimmed" size="sm" data-testid="orders-total">
              {t('orders.total', { n: format.number(total) })}
            </Text>
          )}
        </Group>
        <Button component={Link} to="/orders/new" leftSection={<IconPlus size={16} />}>
          {t('orders.new')}
        </Button>
      </Group>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          flex={1}
          miw={180}
          label={t('orders.filter.search')}
          placeholder={t('orders.filter.searchPlaceholder')}
          leftSection={head.isFetching ? <Loader size="xs" /> : <IconSearch size={16} />}
          value={searchText}
          onChange={(event) => setSearchText(event.currentTarget.value)}
        />
        <div>
          <Text size="sm" fw={500} mb={2} id="date-field-label">
            {t('orders.filter.dates')}
          </Text>
          <SegmentedControl
            aria-labelledby="date-field-label"
            size="sm"
            data={[
              { value: 'ordered', label: t('orders.filter.ordered') },
              { value: 'delivery', label: t('orders.filter.delivery') },
            ]}
            value={dateField}
            onChange={(value) => setDateField(value as 'ordered' | 'delivery')}
          />
        </div>
        <TextInput
          w={150}
          type="date"
          label={t('orders.filter.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          w={150}
          type="date"
          label={t('orders.filter.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={isIsoDate(from) && isIsoDate(to) && from > to ? t('orders.filter.toBeforeFrom') : undefined}
        />
      </Group>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <MultiSelect
          flex={1}
          label={t('orders.filter.status')}
          placeholder={statuses.length ? undefined : t('orders.filter.anyStatus')}
          clearable
          data={ORDER_STATUSES.map((value) => ({ value, label: t(`codes.orderStatus.${value}`) }))}
          value={statuses}
          onChange={(value) => setStatuses(value as OrderStatus[])}
        />
        <Select
          w={220}
          label={t('orders.filter.courier')}
          placeholder={t('orders.filter.anyCourier')}
          clearable
          data={(couriers.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
          value={courier}
          onChange={setCourier}
        />
        <Select
          w={220}
          label={t('orders.filter.payment')}
          placeholder={t('orders.filter.anyPayment')}
          clearable
          data={PAYMENT_METHODS.map((value) => ({ value, label: t(`codes.paymentMethod.${value}`) }))}
          value={payment}
          onChange={(value) => setPayment(value as PaymentMethod | null)}
        />
        <Select
          w={240}
          label={t('orders.filter.risk')}
          placeholder={t('orders.filter.anyRisk')}
          clearable
          data={RISKS.map((value) => ({ value, label: t(`orders.filter.riskKind.${value}`) }))}
          value={risk}
          onChange={(value) => setRisk(value as Risk | null)}
        />
      </Group>
      {head.isError && <Alert color="red">{errorMessage(head.error)}</Alert>}
      {total === 0 && (
        <Alert color="gray" variant="light">
          {filtered ? t('orders.noneMatch') : t('orders.noneYet')}
        </Alert>
      )}
      {total !== null && total > 0 && (
        <OrdersTable key={JSON.stringify(filter)} filter={filter} total={total} />
      )}
    </Stack>
  );
}
