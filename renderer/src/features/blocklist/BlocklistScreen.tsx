import {
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
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBan, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/contract/session';
import { BLOCK_ACTIONS, BLOCK_KINDS } from '../../../../shared/domain/enums';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';
import { BlocklistTable } from './BlocklistTable';
import { EntryDialog } from './EntryDialog';
import type { BlockAction, BlockKind } from './entry-form';

const STATES = ['active', 'expired', 'lifted', 'all'] as const;
type State = (typeof STATES)[number];

/** Who is refused service and why; the owner lifts entries and grants exceptions here. */
export function BlocklistScreen({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [state, setState] = useState<State>('active');
  const [kind, setKind] = useState<BlockKind | null>(null);
  const [action, setAction] = useState<BlockAction | null>(null);
  const [searchText, setSearchText] = useState('');
  const [search] = useDebouncedValue(searchText.trim(), 200);
  const [adding, setAdding] = useState(false);

  const entries = useChannelQuery(
    'blocklist.list',
    {
      state,
      ...(kind ? { kind } : {}),
      ...(action ? { action } : {}),
      ...(search ? { search } : {}),
    },
    { keepPrevious: true },
  );

  return (
    <Stack gap="md" maw={1240}>
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('nav.blocklist')}</Title>
          {entries.data && (
            <Text size="sm" c="dimmed" data-testid="blocklist-count">
              {t('blocklist.count', { n: format.number(entries.data.length) })}
            </Text>
          )}
        </Group>
        <Button
          color="red"
          variant="light"
          leftSection={<IconBan size={16} />}
          onClick={() => setAdding(true)}
        >
          {t('blocklist.addEntry')}
        </Button>
      </Group>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="blocklist-state-label">
            {t('blocklist.filter.state')}
          </Text>
          <SegmentedControl
            aria-labelledby="blocklist-state-label"
            data={STATES.map((value) => ({ value, label: t(`blocklist.states.${value}`) }))}
            value={state}
            onChange={(value) => setState(value as State)}
          />
        </Stack>
        <Select
          w={160}
          label={t('blocklist.filter.kind')}
          placeholder={t('blocklist.filter.anyKind')}
          clearable
          data={BLOCK_KINDS.map((value) => ({ value, label: t(`codes.blockKind.${value}`) }))}
          value={kind}
          onChange={(value) => setKind(value as BlockKind | null)}
        />
        <Select
          w={190}
          label={t('blocklist.filter.action')}
          placeholder={t('blocklist.filter.anyAction')}
          clearable
          data={BLOCK_ACTIONS.map((value) => ({ value, label: t(`codes.blockAction.${value}`) }))}
          value={action}
          onChange={(value) => setAction(value as BlockAction | null)}
        />
        <TextInput
          flex={1}
          label={t('blocklist.filter.search')}
          placeholder={t('blocklist.filter.searchPlaceholder')}
          leftSection={entries.isFetching ? <Loader size="xs" /> : <IconSearch size={16} />}
          value={searchText}
          onChange={(event) => setSearchText(event.currentTarget.value)}
        />
      </Group>
      {entries.isError && <Alert color="red">{errorMessage(entries.error)}</Alert>}
      {entries.data && entries.data.length === 0 && (
        <Alert color="gray" variant="light">
          {state === 'active' && !kind && !action && !search
            ? t('blocklist.emptyActive')
            : t('blocklist.noneMatch')}
        </Alert>
      )}
      {entries.data && entries.data.length > 0 && <BlocklistTable entries={entries.data} user={user} />}
      {adding && <EntryDialog onClose={() => setAdding(false)} />}
    </Stack>
  );
}
