import { Group, Loader, MultiSelect, Select, Stack, Switch, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../shared/domain/dates';
import { DELIVERY_METHODS, FAULTS, INCIDENT_STATUSES } from '../../../../shared/domain/enums';
import { useChannelQuery } from '../../lib/query';
import { CauseSelect } from './CauseSelect';
import type { Fault } from './codes';
import { CustomerSelect } from './CustomerSelect';
import type { FilterState } from './incident-filter';

interface IncidentsFiltersProps {
  state: FilterState;
  onChange: (patch: Partial<FilterState>) => void;
  fetching: boolean;
}

/** Two rows: text, dates and overdue; then status, cause, fault, courier and customer. */
export function IncidentsFilters({ state, onChange, fetching }: IncidentsFiltersProps) {
  const { t } = useTranslation();
  const couriers = useChannelQuery('couriers.list', { includeInactive: true });
  // A customer named in the address (a link from their page) is shown by name.
  const customer = useChannelQuery(
    'customers.card',
    { id: state.customerId ?? 1 },
    { enabled: state.customerId !== null },
  );
  const picked =
    state.customerId === null
      ? null
      : {
          id: state.customerId,
          name: customer.data?.customer.name ?? `#${state.customerId}`,
          phone: customer.data?.customer.phones[0]?.e164 ?? null,
        };
  const reversed = isIsoDate(state.from) && isIsoDate(state.to) && state.from > state.to;

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          flex={1}
          miw={200}
          label={t('incidents.filter.search')}
          placeholder={t('incidents.filter.searchPlaceholder')}
          leftSection={fetching ? <Loader size="xs" /> : <IconSearch size={16} />}
          value={state.search}
          onChange={(event) => onChange({ search: event.currentTarget.value })}
        />
        <TextInput
          w={150}
          type="date"
          label={t('incidents.filter.from')}
          value={state.from}
          onChange={(event) => onChange({ from: event.currentTarget.value })}
        />
        <TextInput
          w={150}
          type="date"
          label={t('incidents.filter.to')}
          value={state.to}
          onChange={(event) => onChange({ to: event.currentTarget.value })}
          error={reversed ? t('incidents.filter.toBeforeFrom') : undefined}
        />
        <TextInput
          w={130}
          label={t('followUps.filter.promoCode')}
          placeholder={t('followUps.filter.promoCodePlaceholder')}
          value={state.promoCode}
          onChange={(event) => onChange({ promoCode: event.currentTarget.value })}
          data-testid="filter-promo-code"
        />
        <Select<NonNullable<FilterState['deliveryMethod']>>
          w={170}
          label={t('incidents.filter.deliveryMethod')}
          placeholder={t('incidents.filter.anyDeliveryMethod')}
          clearable
          data={DELIVERY_METHODS.map((value) => ({ value, label: t(`codes.deliveryMethod.${value}`) }))}
          value={state.deliveryMethod}
          onChange={(deliveryMethod) => onChange({ deliveryMethod })}
        />
        <Switch
          mb={8}
          label={t('incidents.filter.overdue')}
          color="red"
          checked={state.overdue}
          onChange={(event) => onChange({ overdue: event.currentTarget.checked })}
        />
      </Group>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <MultiSelect
          w={240}
          label={t('incidents.filter.status')}
          placeholder={state.statuses.length ? undefined : t('incidents.filter.anyStatus')}
          clearable
          data={INCIDENT_STATUSES.map((value) => ({ value, label: t(`codes.incidentStatus.${value}`) }))}
          value={state.statuses}
          onChange={(value) => onChange({ statuses: value as FilterState['statuses'] })}
        />
        <CauseSelect
          flex={1}
          miw={180}
          label={t('incidents.filter.cause')}
          placeholder={t('incidents.filter.anyCause')}
          clearable
          allowDeselect
          description={undefined}
          value={state.cause}
          onChange={(cause) => onChange({ cause })}
        />
        <Select<Fault>
          w={170}
          label={t('incidents.filter.fault')}
          placeholder={t('incidents.filter.anyFault')}
          clearable
          data={FAULTS.map((value) => ({ value, label: t(`codes.fault.${value}`) }))}
          value={state.fault}
          onChange={(fault) => onChange({ fault })}
        />
        <Select
          w={170}
          label={t('incidents.filter.courier')}
          placeholder={t('incidents.filter.anyCourier')}
          clearable
          searchable
          data={(couriers.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
          value={state.courierId === null ? null : String(state.courierId)}
          onChange={(value) => onChange({ courierId: value === null ? null : Number(value) })}
        />
        <CustomerSelect
          w={230}
          label={t('incidents.filter.customer')}
          placeholder={t('incidents.filter.anyCustomer')}
          value={picked}
          onChange={(next) => onChange({ customerId: next?.id ?? null })}
        />
      </Group>
    </Stack>
  );
}
