import { Alert, Box, Group, Kbd, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { useChannelQuery } from '../../lib/query';
import { CallDeskEmpty } from './CallDeskEmpty';
import { CallerView } from './CallerView';
import { RESULT_ID_PREFIX, SearchResults } from './SearchResults';
import { useSearchFocusRequests } from './search-focus';
import { useSettledQuery } from './use-settled-query';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The default screen: one field for whatever the caller gives (a phone in any form, its last
 * digits, a name, an e-mail, an order number) and, as soon as one customer matches, their card
 * with the verdict first.
 */
export function CallDeskScreen() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const settings = useChannelQuery('settings.get', {});
  const query = useSettledQuery(text, settings.data?.country);
  // Picks and arrow moves belong to the query they were made for: a new query starts afresh.
  const [picked, setPicked] = useState<{ query: string; id: number } | null>(null);
  const [active, setActive] = useState<{ query: string; index: number } | null>(null);
  // Ctrl+I for the text typed when it was pressed. The card binds Ctrl+I itself only once it is
  // on screen; pressed before that (the verdict just appearing, the card still on its way) the
  // key would be lost, so the screen keeps it and the card opens the form when it arrives.
  const [incidentFor, setIncidentFor] = useState<string | null>(null);
  useHotkeys(
    [['mod+I', () => setIncidentFor(text.trim()), { preventDefault: true, usePhysicalKeys: true }]],
    [],
  );

  const search = useChannelQuery(
    'customers.search',
    { query },
    { enabled: query !== '', keepPrevious: true },
  );
  const data = query === '' ? undefined : search.data;
  const fresh = data !== undefined && !search.isPlaceholderData;
  const results = data?.results ?? [];
  const unknown = data?.unknown ?? null;
  const activeIndex = active?.query === query ? active.index : 0;
  const pickedId =
    picked?.query === query && results.some((r) => r.id === picked.id)
      ? picked.id
      : results.length === 1 && !unknown
        ? results[0]!.id
        : null;
  const shown = results.find((r) => r.id === pickedId) ?? null;

  const pick = useCallback(
    (id: number) => {
      setPicked({ query, id });
      setIncidentFor(null);
      input.current?.focus();
    },
    [query],
  );

  const focusSearch = useCallback(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  useSearchFocusRequests(focusSearch);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setText('');
      setIncidentFor(null);
      return;
    }
    if (results.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const index = (activeIndex + step + results.length) % results.length;
      setActive({ query, index });
      document.getElementById(`${RESULT_ID_PREFIX}${index}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const result = results[activeIndex];
      if (result) setPicked({ query, id: result.id });
      setIncidentFor(null);
    }
  };

  const listed = results.length > 1 || (unknown !== null && results.length > 0);

  return (
    <Stack gap="md" maw={1240}>
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('nav.callDesk')}</Title>
        <Text size="xs" c="dimmed">
          {t('callDesk.keysHint')} <Kbd size="xs">{isMac ? '⌘ K' : 'Ctrl K'}</Kbd> <Kbd size="xs">F2</Kbd>
        </Text>
      </Group>
      <TextInput
        ref={input}
        size="xl"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        aria-label={t('callDesk.searchLabel')}
        placeholder={t('callDesk.placeholder')}
        leftSection={search.isFetching && query !== '' ? <Loader size="sm" /> : <IconSearch size={24} />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setIncidentFor(null);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={listed}
        aria-controls={listed ? 'call-desk-results' : undefined}
        aria-activedescendant={listed ? `${RESULT_ID_PREFIX}${activeIndex}` : undefined}
      />
      {text.trim() === '' ? (
        <CallDeskEmpty />
      ) : search.isError && query !== '' ? (
        <Alert color="red">{errorMessage(search.error)}</Alert>
      ) : data === undefined ? null : (
        <Box
          style={{
            display: 'grid',
            gridTemplateColumns: listed ? '320px minmax(0, 1fr)' : 'minmax(0, 1fr)',
            gap: 'var(--mantine-spacing-md)',
            alignItems: 'start',
            // The previous answer stays while the next loads (no flashing), plainly faded so it
            // is never taken for the answer to what is typed now.
            opacity: fresh && query === text.trim() ? 1 : 0.45,
          }}
          data-testid="call-desk-answer"
          aria-busy={!fresh || query !== text.trim()}
        >
          {listed && (
            <SearchResults results={results} activeIndex={activeIndex} pickedId={pickedId} onPick={pick} />
          )}
          <CallerView
            query={query}
            fresh={fresh}
            shown={shown}
            unknown={unknown}
            listed={listed}
            incidentAsked={fresh && incidentFor === query}
          />
        </Box>
      )}
    </Stack>
  );
}
