import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAddressState } from '../../lib/address-state';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';
import { IncidentsFilters } from './IncidentsFilters';
import { IncidentsTabs } from './IncidentsTabs';
import { isFiltered, readFilter, toListFilter, writeFilter, type FilterState } from './incident-filter';
import { LogIncidentButton } from './LogIncidentButton';
import { RegisterRows } from './RegisterRows';
import { PAGE_SIZE } from './use-incident-pages';

/**
 * The register: every incident, filtered by status, cause, fault, overdue, courier, customer,
 * dates and text, with what the shown ones cost, what came back and the net loss.
 */
export function IncidentsScreen() {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const [state, update] = useAddressState(readFilter, writeFilter);
  const [search] = useDebouncedValue(state.search.trim(), 200);
  const setState = (patch: Partial<FilterState>) => update((current) => ({ ...current, ...patch }));

  const filter = toListFilter(state, search);
  const head = useChannelQuery(
    'incidents.list',
    { ...filter, offset: 0, limit: PAGE_SIZE },
    { keepPrevious: true },
  );
  const total = head.data?.total ?? null;
  const totals = head.data?.totals;
  const filtered = isFiltered(state);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('nav.incidents')}</Title>
          {total !== null && (
            <Text c="dimmed" size="sm" data-testid="incidents-total">
              {t('incidents.total', { n: format.number(total) })}
            </Text>
          )}
        </Group>
        <LogIncidentButton
          variant="filled"
          hotkey="N"
          prefill={{}}
          onLogged={(detail) => void navigate(`/incidents/${detail.incident.id}`)}
        />
      </Group>
      <IncidentsTabs current="register" />
      <IncidentsFilters state={state} onChange={setState} fetching={head.isFetching} />
      <Paper
        withBorder
        p="sm"
        role="region"
        aria-label={t('incidents.totals.label')}
        data-testid="incidents-totals"
      >
        <SimpleGrid cols={3} spacing="md">
          {(['costs', 'recovered', 'net'] as const).map((key) => (
            <div key={key}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                {t(`incidents.totals.${key}`)}
              </Text>
              <Text
                fw={700}
                size="lg"
                c={
                  key === 'net' && (totals?.net ?? 0) > 0
                    ? 'red.8'
                    : key === 'recovered'
                      ? 'teal.8'
                      : undefined
                }
                data-testid={`incidents-totals-${key}`}
              >
                {totals ? format.money(totals[key]) : '…'}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>
      {head.isError && <Alert color="red">{errorMessage(head.error)}</Alert>}
      {total === 0 && (
        <Alert color="gray" variant="light">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{filtered ? t('incidents.noneMatch') : t('incidents.noneYet')}</Text>
            {filtered && (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => update(() => readFilter(new URLSearchParams()))}
              >
                {t('incidents.clearFilters')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {total !== null && total > 0 && (
        <RegisterRows key={JSON.stringify(filter)} filter={filter} total={total} />
      )}
    </Stack>
  );
}
