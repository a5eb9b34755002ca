import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSearch } from '../../../../shared/contract/customers';
import { displayPhone } from '../../lib/phone-display';
import { VERDICT_COLOR } from '../customer-card/reasons';

type Result = CustomerSearch['results'][number];

interface SearchResultsProps {
  results: Result[];
  activeIndex: number;
  pickedId: number | null;
  onPick: (id: number) => void;
}

export const RESULT_ID_PREFIX = 'call-desk-result-';

/** Everyone the text matches, each with their verdict; arrows move, Enter or a click opens. */
export const SearchResults = memo(function SearchResults({
  results,
  activeIndex,
  pickedId,
  onPick,
}: SearchResultsProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={4}>
      <Text size="xs" c="dimmed" px="xs" py={4}>
        {t('callDesk.resultsCount', { n: results.length })}
      </Text>
      <Stack gap={2} role="listbox" id="call-desk-results" aria-label={t('callDesk.results')}>
        {results.map((result, index) => {
          const active = index === activeIndex;
          const picked = result.id === pickedId;
          return (
            <UnstyledButton
              key={result.id}
              id={`${RESULT_ID_PREFIX}${index}`}
              role="option"
              aria-selected={active}
              tabIndex={-1}
              onClick={() => onPick(result.id)}
              px="xs"
              py={6}
              style={{
                borderRadius: 'var(--mantine-radius-sm)',
                background: picked
                  ? 'var(--mantine-color-teal-1)'
                  : active
                    ? 'var(--mantine-color-gray-1)'
                    : undefined,
                outline: active ? '1px solid var(--mantine-color-teal-5)' : undefined,
              }}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} truncate>
                    {result.name || t('card.unnamed')}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {result.phone ? displayPhone(result.phone) : '—'}
                    {result.matchedOn !== 'phone' &&
                      ` · ${t(`callDesk.matchedOn.${result.matchedOn}`, { value: result.matchedValue })}`}
                  </Text>
                </div>
                <Badge
                  size="sm"
                  variant={result.verdict === 'regular' ? 'light' : 'filled'}
                  color={VERDICT_COLOR[result.verdict]}
                  style={{ flexShrink: 0 }}
                >
                  {t(`codes.verdict.${result.verdict}`)}
                </Badge>
              </Group>
            </UnstyledButton>
          );
        })}
      </Stack>
    </Paper>
  );
});
