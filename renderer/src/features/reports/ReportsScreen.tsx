import { Alert, Box, Loader, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import type { SessionUser } from '../../../../shared/contract/session';
import { PROFIT_CLASSES } from '../../../../shared/contract/reports';
import { ApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useChannelQuery } from '../../lib/query';
import { useShopToday } from '../../lib/shop-day';
import { translateServerMessage } from '../../locales/server-messages';
import { BreakdownSection } from './BreakdownSection';
import { BuyoutSection } from './BuyoutSection';
import { CauseSection } from './CauseSection';
import { ComparisonStrip } from './ComparisonStrip';
import type { Drill } from './IncidentsDrawer';
import { CourierBalancesSection } from './CourierBalancesSection';
import { IncidentsDrawer } from './IncidentsDrawer';
import { LossShareSection } from './LossShareSection';
import { isComplete, readPeriod, reportGranularity, writePeriod, type PeriodChoice } from './period';
import { PeriodPicker } from './PeriodPicker';
import { PROFIT_ORDERS, ProfitabilitySection } from './ProfitabilitySection';
import { PromoCodeSection } from './PromoCodeSection';
import { ReportsEmpty } from './ReportsEmpty';
import { profitHeadInput, type ProfitFilter } from './use-profit-pages';
import { useStagedMount } from './use-staged-mount';

/** The owner's reports; anyone else is told they are the owner's (main refuses them anyway). */
export function ReportsScreen({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  if (user.role !== 'owner')
    return (
      <Stack gap="lg" maw={960}>
        <Title order={2}>{t('nav.reports')}</Title>
        <Alert
          color="orange"
          icon={<IconLock size={18} />}
          title={t('errors.refusedTitle')}
          data-testid="reports-forbidden"
        >
          {t('reports.ownerOnly')}
        </Alert>
      </Stack>
    );
  return <Reports />;
}

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/** The history state of the addresses the screen writes itself. */
const WRITTEN_HERE = { reports: true } as const;

/** The screen's address parameters: the period's, then the profitability list's class and order. */
function addressOf(periodParams: URLSearchParams, filter: ProfitFilter): string {
  const address = new URLSearchParams(periodParams);
  address.delete('class');
  address.delete('order');
  if (filter.class) address.set('class', filter.class);
  if (filter.order !== 'profit_asc') address.set('order', filter.order);
  return address.toString();
}

function readProfitFilter(cls: string | null, order: string | null): ProfitFilter {
  return {
    ...(isOneOf(PROFIT_CLASSES, cls) ? { class: cls } : {}),
    order: isOneOf(PROFIT_ORDERS, order) ? order : 'profit_asc',
  };
}

function Reports() {
  const { t, i18n } = useTranslation();
  const today = useShopToday();
  const settings = useChannelQuery('settings.get', {});
  const [params, setParams] = useSearchParams();
  const [drill, setDrill] = useState<Drill | null>(null);
  // The choices live here and are copied to the address (so going back to Reports restores
  // them), not read back from it: the router updates the address's state in a transition, and
  // a second keystroke before it lands would start from the stale value.
  const [periodParams, setPeriodParams] = useState(() => new URLSearchParams(params));
  const [profitFilter, setProfitFilter] = useState(() =>
    readProfitFilter(params.get('class'), params.get('order')),
  );
  // Until the shop's calendar is known the presets are drawn from the browser's: the picker
  // stays disabled and nothing is asked for meanwhile.
  const todayOrGuess = today ?? new Date().toISOString().slice(0, 10);
  const choice = readPeriod(periodParams, todayOrGuess);
  const updateChoice = (update: (current: PeriodChoice) => PeriodChoice) =>
    setPeriodParams((current) => writePeriod(current, update(readPeriod(current, todayOrGuess))));

  const address = addressOf(periodParams, profitFilter);
  const setParamsLatest = useRef(setParams);
  useEffect(() => {
    setParamsLatest.current = setParams;
  });
  useEffect(() => {
    setParamsLatest.current(new URLSearchParams(address), { replace: true, state: WRITTEN_HERE });
  }, [address]);
  // An address this screen did not write (the navigation's "Reports" link while already here)
  // is followed; its own ones, marked in the history state, arrive late and are not.
  const location = useLocation();
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (!(location.state as typeof WRITTEN_HERE | null)?.reports) {
      const next = new URLSearchParams(location.search);
      setPeriodParams(next);
      setProfitFilter(readProfitFilter(next.get('class'), next.get('order')));
    }
  }

  const complete = isComplete(choice);
  const report = useChannelQuery(
    'reports.period',
    { period: { from: choice.from, to: choice.to, granularity: choice.granularity }, compare: true },
    { enabled: today !== null && complete, keepPrevious: true },
  );
  const profit = useChannelQuery('reports.profitability', profitHeadInput(profitFilter), {
    keepPrevious: true,
  });

  const issues =
    report.error instanceof ApiError && report.error.code === 'VALIDATION' ? report.error.issues : [];
  const issue = (path: string) => {
    const found = issues.find((candidate) => candidate.path === path);
    return found ? translateServerMessage(found.message, i18n.language) : undefined;
  };
  const fieldErrors =
    choice.preset === 'custom' ? { from: issue('period.from'), to: issue('period.to') } : {};
  const placedOnFields = fieldErrors.from !== undefined || fieldErrors.to !== undefined;

  const current = report.data?.current;
  const stale = report.isPlaceholderData;
  const granularity = current ? reportGranularity(current.buckets, choice.granularity) : choice.granularity;
  // Every query has its answer for what the picker shows (the charts below are this period's)…
  const answered =
    report.data !== undefined &&
    !stale &&
    !report.isFetching &&
    profit.data !== undefined &&
    !profit.isPlaceholderData &&
    !profit.isFetching;
  const shopEmpty =
    profit.data !== undefined &&
    profit.data.classes.profitable + profit.data.classes.break_even + profit.data.classes.loss_making === 0;
  const periodEmpty = current !== undefined && current.totals.orders === 0 && current.totals.count === 0;
  // Below the first screen, in this order: the causes' table, breakdown, loss share, buyout,
  // profitability — each drawn when the window is idle (use-staged-mount.ts).
  const staged = useStagedMount(current !== undefined, 5);
  // …and every part of the page is drawn (what the tests and the benchmark wait on).
  const ready = answered && (staged >= 5 || periodEmpty || shopEmpty);

  return (
    <Stack gap="lg" data-testid="reports-screen" data-ready={ready} data-answered={answered} maw={1400}>
      <div>
        <Title order={2}>{t('nav.reports')}</Title>
        <Text c="dimmed" size="sm">
          {t('reports.subtitle')}
        </Text>
      </div>
      <PeriodPicker
        choice={choice}
        today={today}
        onChange={updateChoice}
        errors={fieldErrors}
        fetching={report.isFetching}
      />
      {!complete && choice.preset === 'custom' && (
        <Text size="sm" c="dimmed">
          {t('reports.period.enterDates')}
        </Text>
      )}
      {report.isError && !placedOnFields && (
        <Alert color="red" title={t('reports.loadFailed')}>
          {errorMessage(report.error)}
        </Alert>
      )}
      {report.isError && placedOnFields && (
        <Text size="sm" c="dimmed">
          {t('reports.fixPeriod')}
        </Text>
      )}
      {complete && report.isPending && report.fetchStatus !== 'idle' && (
        <Loader aria-label={t('common.loading')} />
      )}

      {current && !report.isError && (
        <Box style={{ opacity: stale ? 0.55 : 1, transition: 'opacity 120ms' }} aria-busy={stale}>
          {periodEmpty ? (
            <ReportsEmpty
              scope={shopEmpty ? 'shop' : 'period'}
              period={current}
              onLast12={
                shopEmpty || choice.preset === 'last12'
                  ? undefined
                  : () =>
                      updateChoice((current) => ({ ...current, preset: 'last12', granularityChosen: false }))
              }
            />
          ) : (
            <Stack gap="lg">
              <ComparisonStrip
                totals={current.totals}
                previous={report.data?.previous?.totals ?? null}
                previousPeriod={report.data?.previous ?? null}
              />
              <CauseSection
                report={current}
                granularity={granularity}
                onDrill={setDrill}
                withTable={staged >= 1}
              />
              {staged >= 2 && <BreakdownSection report={current} onDrill={setDrill} />}
              {staged >= 2 && <PromoCodeSection report={current} />}
              {staged >= 3 && <LossShareSection report={current} granularity={granularity} />}
              {staged >= 4 && (
                <BuyoutSection
                  report={current}
                  granularity={granularity}
                  lowest={profit.data?.lowestBuyout}
                  minOrders={settings.data?.risk.buyoutMinOrders}
                  minRate={settings.data?.risk.minBuyoutRatePercent}
                />
              )}
            </Stack>
          )}
        </Box>
      )}

      {profit.isError && <Alert color="red">{errorMessage(profit.error)}</Alert>}
      {profit.data && !shopEmpty && (staged >= 5 || periodEmpty || !current) && (
        <ProfitabilitySection
          data={profit.data}
          filter={profitFilter}
          onFilter={setProfitFilter}
          fetching={profit.isFetching}
        />
      )}
      {(staged >= 5 || periodEmpty || !current) && <CourierBalancesSection />}
      <IncidentsDrawer drill={drill} onClose={() => setDrill(null)} />
    </Stack>
  );
}
