import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayPhone } from '../../lib/phone-display';
import { useChannelQuery } from '../../lib/query';

interface CustomerPickerProps {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
}

/** Finds a customer the way the call desk does (phone, last digits, name, e-mail, order). */
export function CustomerPicker({ label, value, onChange, error }: CustomerPickerProps) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState('');
  const [query] = useDebouncedValue(searchText.trim(), 150);
  const search = useChannelQuery(
    'customers.search',
    { query },
    { enabled: query !== '', keepPrevious: true },
  );
  const results = query === '' ? [] : (search.data?.results ?? []);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const data = results.map((result) => ({
    value: String(result.id),
    label: [result.name || t('card.unnamed'), result.phone ? displayPhone(result.phone) : null]
      .filter(Boolean)
      .join(' · '),
  }));
  // Keep the chosen one selectable while the search moves on.
  if (chosen && !data.some((item) => item.value === chosen.value)) data.unshift(chosen);

  return (
    <Select
      label={label}
      placeholder={t('blocklist.exceptions.pickerPlaceholder')}
      searchable
      clearable
      data={data}
      filter={({ options }) => options}
      searchValue={searchText}
      onSearchChange={setSearchText}
      nothingFoundMessage={query === '' ? t('blocklist.exceptions.pickerHint') : t('common.nothingFound')}
      value={value === null ? null : String(value)}
      onChange={(next, option) => {
        setChosen(option ? { value: option.value, label: option.label } : null);
        onChange(next === null ? null : Number(next));
      }}
      error={error}
    />
  );
}
