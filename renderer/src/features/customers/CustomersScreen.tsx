import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconSortAscending, IconSortDescending, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CUSTOMER_FLAGS, CUSTOMER_SORTS } from '../../../../shared/contract/customers';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';
import { AttentionList } from './AttentionList';
import { CreateCustomerDialog } from './CreateCustomerDialog';
import { CustomersTable } from './CustomersTable';
import { PAGE_SIZE, type CustomerFilter } from './use-customer-pages';

type Flag = (typeof CUSTOMER_FLAGS)[number];
type Sort = (typeof CUSTOMER_SORTS)[number];

/** Sorting by money or trouble starts with the biggest; by name, from A. */
const DESCENDING_FIRST: Record<Sort, boolean> = {
  name: false,
  revenue: true,
  losses: true,
  incidents: true,
  recent: true,
};

/** Every customer, searchable, filterable by flag, sorted by what the owner is looking for. */
export function CustomersScreen() {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText.trim(), 200);
  const [flag, setFlag] = useState<Flag | null>(null);
  const [sort, setSort] = useState<Sort>('name');
  const [descending, setDescending] = useState(false);
  const [creating, setCreating] = useState(false);
  // "Needs a decision" is its own list (customers.attention), not a filter of this one.
  const [view, setView] = useState<'all' | 'attention'>('all');

  const filter: CustomerFilter = { search, sort, descending, ...(flag ? { flag } : {}) };
  // The first page carries the total the virtual list is sized by.
  const head = useChannelQuery(
    'customers.list',
    { ...filter, offset: 0, limit: PAGE_SIZE },
    { keepPrevious: true },
  );
  const total = head.data?.total ?? null;

  const chooseSort = (next: Sort) => {
    if (next === sort) setDescending(!descending);
    else {
      setSort(next);
      setDescending(DESCENDING_FIRST[next]);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('nav.customers')}</Title>
          {total !== null && (
            <Text c="dimmed" size="sm" data-testid="customers-total">
              {t('customers.total', { n: format.number(total) })}
            </Text>
          )}
        </Group>
        <Group gap="sm">
          <SegmentedControl
            aria-label={t('attention.view.label')}
            data={[
              { value: 'all', label: t('attention.view.all') },
              { value: 'attention', label: t('attention.view.attention') },
            ]}
            value={view}
            onChange={(value) => setView(value as 'all' | 'attention')}
          />
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setCreating(true)}>
            {t('customers.new')}
          </Button>
        </Group>
      </Group>
      {view === 'attention' && <AttentionList />}
      <Group gap="sm" align="flex-end" wrap="nowrap" display={view === 'all' ? undefined : 'none'}>
        <TextInput
          flex={1}
          label={t('customers.searchLabel')}
          placeholder={t('customers.searchPlaceholder')}
          leftSection={head.isFetching ? <Loader size="xs" /> : <IconSearch size={16} />}
          value={searchText}
          onChange={(event) => setSearchText(event.currentTarget.value)}
        />
        <Select
          w={180}
          label={t('customers.flagFilter')}
          placeholder={t('customers.anyFlag')}
          clearable
          data={CUSTOMER_FLAGS.map((value) => ({ value, label: t(`codes.flag.${value}`) }))}
          value={flag}
          onChange={(value) => setFlag(value as Flag | null)}
        />
        <Select
          w={200}
          label={t('customers.sortBy')}
          allowDeselect={false}
          data={CUSTOMER_SORTS.map((value) => ({ value, label: t(`customers.sort.${value}`) }))}
          value={sort}
          onChange={(value) => value && chooseSort(value as Sort)}
        />
        <Tooltip label={descending ? t('customers.descending') : t('customers.ascending')}>
          <ActionIcon
            size="input-sm"
            variant="default"
            aria-label={descending ? t('customers.descending') : t('customers.ascending')}
            onClick={() => setDescending(!descending)}
          >
            {descending ? <IconSortDescending size={18} /> : <IconSortAscending size={18} />}
          </ActionIcon>
        </Tooltip>
      </Group>
      {view === 'all' && head.isError && <Alert color="red">{errorMessage(head.error)}</Alert>}
      {view === 'all' && total === 0 && (
        <Alert color="gray" variant="light">
          {search || flag ? t('customers.noneMatch') : t('customers.noneYet')}
        </Alert>
      )}
      {view === 'all' && total !== null && total > 0 && (
        // A new filter starts at the top of its list.
        <CustomersTable key={JSON.stringify(filter)} filter={filter} total={total} onSort={chooseSort} />
      )}
      {creating && (
        <CreateCustomerDialog
          onClose={(id) => {
            setCreating(false);
            if (id !== undefined) void navigate(`/customers/${id}`);
          }}
        />
      )}
    </Stack>
  );
}
