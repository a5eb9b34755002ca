import { Select, Stack, Text, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_CAUSES, type IncidentCause } from '../../../../shared/domain/enums';
import { isOneOf } from './codes';

interface CauseSelectProps extends Omit<SelectProps<IncidentCause>, 'data' | 'value' | 'onChange'> {
  value: IncidentCause | null;
  onChange: (cause: IncidentCause | null) => void;
}

/**
 * Every cause with its one-line description; typing searches both (“parcel”, “price”, “late”),
 * arrows and Enter pick. The first match is highlighted, so a few letters and Enter are enough.
 */
export function CauseSelect({ value, onChange, ...rest }: CauseSelectProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const hint = (cause: IncidentCause) => t(`incidents.causeHint.${cause}`);
  const data = INCIDENT_CAUSES.map((cause) => ({ value: cause, label: t(`codes.incidentCause.${cause}`) }));
  const matches = (options: ComboboxItem<IncidentCause>[], text: string) => {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return options;
    return options.filter((option) => {
      const haystack =
        `${option.label} ${hint(option.value)} ${option.value.replace(/_/g, ' ')}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  };
  const filter: OptionsFilter<IncidentCause> = ({ options, search: text }) =>
    matches(options as ComboboxItem<IncidentCause>[], text);

  // Enter right after typing (a fast typist, a paste) can come before the list has taken the
  // highlighted match as the answer: the highlighted one, else the first match, is picked here
  // rather than the form being submitted without a cause.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    const chosen = value ? data.find((option) => option.value === value)?.label : undefined;
    if (search.trim() === '' || search === chosen) return;
    const listId = event.currentTarget.getAttribute('aria-controls');
    const highlighted = listId
      ? document.getElementById(listId)?.querySelector('[data-combobox-selected]')?.getAttribute('value')
      : null;
    const pick = isOneOf(INCIDENT_CAUSES, highlighted) ? highlighted : matches(data, search)[0]?.value;
    if (!pick) return;
    event.preventDefault();
    onChange(pick);
    setOpened(false);
  };

  return (
    <Select<IncidentCause>
      searchable
      selectFirstOptionOnChange
      allowDeselect={false}
      maxDropdownHeight={360}
      nothingFoundMessage={t('common.nothingFound')}
      data={data}
      filter={filter}
      value={value}
      onChange={(next) => onChange(next)}
      searchValue={search}
      onSearchChange={setSearch}
      dropdownOpened={opened}
      onDropdownOpen={() => setOpened(true)}
      onDropdownClose={() => setOpened(false)}
      onKeyDown={onKeyDown}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {option.label}
          </Text>
          <Text size="xs" c="dimmed">
            {hint(option.value)}
          </Text>
        </Stack>
      )}
      description={value ? hint(value) : undefined}
      // The hint goes under the field, so the field lines up with its neighbours.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      {...rest}
    />
  );
}
