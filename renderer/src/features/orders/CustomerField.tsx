import { Button, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayPhone } from '../../lib/phone-display';
import { useChannelQuery } from '../../lib/query';
import { CreateCustomerDialog } from '../customers/CreateCustomerDialog';

interface CustomerFieldProps {
  value: number | null;
  /** How the chosen customer is named (from their card), whatever the search shows. */
  currentLabel?: string;
  onChange: (id: number | null) => void;
  error?: string;
  disabled?: boolean;
}

/** Finds the customer the way the call desk does, or creates one on the spot. */
export function CustomerField({ value, currentLabel, onChange, error, disabled }: CustomerFieldProps) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState('');
  const [query] = useDebouncedValue(searchText.trim(), 150);
  const [creating, setCreating] = useState(false);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const chosen =
    value === null
      ? null
      : {
          value: String(value),
          label: currentLabel ?? (picked?.value === String(value) ? picked.label : '…'),
        };
  const search = useChannelQuery(
    'customers.search',
    { query },
    { enabled: query !== '', keepPrevious: true },
  );
  const results = query === '' ? [] : (search.data?.results ?? []);
  const data = results.map((result) => ({
    value: String(result.id),
    label: [result.name || t('card.unnamed'), result.phone ? displayPhone(result.phone) : null]
      .filter(Boolean)
      .join(' · '),
  }));
  const index = chosen ? data.findIndex((item) => item.value === chosen.value) : -1;
  if (chosen && index >= 0) data[index] = chosen;
  else if (chosen) data.unshift(chosen);

  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Select
        flex={1}
        label={t('orders.form.customer')}
        placeholder={t('orders.form.customerPlaceholder')}
        searchable
        clearable
        disabled={disabled}
        data={data}
        filter={({ options }) => options}
        searchValue={searchText}
        onSearchChange={setSearchText}
        nothingFoundMessage={query === '' ? t('orders.form.customerHint') : t('common.nothingFound')}
        value={value === null ? null : String(value)}
        onChange={(next, option) => {
          setPicked(option ? { value: option.value, label: option.label } : null);
          onChange(next === null ? null : Number(next));
        }}
        error={error}
      />
      <Button
        mt={25}
        variant="default"
        leftSection={<IconUserPlus size={16} />}
        disabled={disabled}
        onClick={() => setCreating(true)}
      >
        {t('orders.form.newCustomer')}
      </Button>
      {creating && (
        <CreateCustomerDialog
          phone={/^[\d\s()+-]{4,}$/.test(searchText) ? searchText : ''}
          onClose={(id) => {
            setCreating(false);
            if (id !== undefined) onChange(id);
          }}
        />
      )}
    </Group>
  );
}
