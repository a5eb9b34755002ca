import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayPhone } from '../../lib/phone-display';
import { useChannelQuery } from '../../lib/query';

export interface PickedCustomer {
  id: number;
  name: string;
  phone?: string | null;
}

interface CustomerSelectProps {
  label: string;
  placeholder?: string;
  value: PickedCustomer | null;
  onChange: (customer: PickedCustomer | null) => void;
  error?: string;
  w?: number;
  flex?: number;
}

export const customerLabel = (customer: PickedCustomer, unnamed: string) =>
  [customer.name || unnamed, customer.phone ? displayPhone(customer.phone) : null]
    .filter(Boolean)
    .join(' · ');

/** Finds a customer the way the call desk does: a phone in any form, its last digits, a name, an order. */
export function CustomerSelect({ label, placeholder, value, onChange, error, w, flex }: CustomerSelectProps) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState('');
  const unnamed = t('card.unnamed');
  // The field shows the chosen customer's label as its text: that is not a search.
  const typed = value && searchText === customerLabel(value, unnamed) ? '' : searchText.trim();
  const [query] = useDebouncedValue(typed, 150);
  const search = useChannelQuery(
    'customers.search',
    { query },
    { enabled: query !== '', keepPrevious: true },
  );
  const found = query === '' ? [] : (search.data?.results ?? []);
  const people: PickedCustomer[] = found.map((r) => ({ id: r.id, name: r.name, phone: r.phone }));
  // The chosen one stays selectable while the search moves on.
  if (value && !people.some((person) => person.id === value.id)) people.unshift(value);
  const data = people.map((person) => ({ value: String(person.id), label: customerLabel(person, unnamed) }));

  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('incidents.form.customerPlaceholder')}
      searchable
      clearable
      w={w}
      flex={flex}
      data={data}
      filter={({ options }) => options}
      searchValue={searchText}
      onSearchChange={setSearchText}
      nothingFoundMessage={query === '' ? t('incidents.form.customerHint') : t('common.nothingFound')}
      value={value ? String(value.id) : null}
      onChange={(next) => onChange(people.find((person) => String(person.id) === next) ?? null)}
      error={error}
    />
  );
}
