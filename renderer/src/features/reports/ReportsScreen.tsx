import { Alert, Box, Loader, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
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
import { IncidentsDrawer } from './IncidentsDrawer';
import { LossShareSection } from './LossShareSection';
import { isComplete, readPeriod, writePeriod, type PeriodChoice } from './period';
import { PeriodPicker } from './PeriodPicker';
import { PROFIT_ORDERS, ProfitabilitySection } from './ProfitabilitySection';
import { ReportsEmpty } from './ReportsEmpty';
import { profitHeadInput, type ProfitFilter } from './use-profit-pages';

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

function readProfitFilter(params: URLSearchParams): ProfitFilter {
  const cls = params.get('class');
  const order = params.get('order');
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
  // Until the shop's calendar is known the presets are drawn from the browser's: the picker
  // stays disabled and nothing is asked for meanwhile.
  const choice = readPeriod(params, today ?? new Date().toISOString().slice(0, 10));
  const profitFilter = readProfitFilter(params);
  const setChoice = (next: PeriodChoice) => setParams(writePeriod(params, next), { replace: true });
  const setProfitFilter = (next: ProfitFilter) => {
    const updated = new URLSearchParams(params);
    if (next.class) updated.set('class', next.class);
    else updated.delete('class');
    if (next.order !== 'profit_asc') updated.set('order', next.order);
    else updated.delete('order');
    setParams(updated, { replace: true });
  };

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
  // Every query has its answer for what the picker shows: the charts below are this period's.
  const ready =
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

  return (
    <Stack gap="lg" data-testid="reports-screen" data-ready={ready} maw={1400}>
      <div>
        <Title order={2}>{t('nav.reports')}</Title>
        <Text c="dimmed" size="sm">
          {t('reports.subtitle')}
        </Text>
      </div>
      <PeriodPicker
        choice={choice}
        today={today}
        onChange={setChoice}
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
                  : () => setChoice({ ...choice, preset: 'last12', granularityChosen: false })
              }
            />
          ) : (
            <Stack gap="lg">
              <ComparisonStrip
                totals={current.totals}
                previous={report.data?.previous?.totals ?? null}
                previousPeriod={report.data?.previous ?? null}
              />
              <CauseSection report={current} granularity={choice.granularity} onDrill={setDrill} />
              <BreakdownSection report={current} onDrill={setDrill} />
              <LossShareSection report={current} granularity={choice.granularity} />
              <BuyoutSection
                report={current}
                granularity={choice.granularity}
                lowest={profit.data?.lowestBuyout}
                minOrders={settings.data?.risk.buyoutMinOrders}
                minRate={settings.data?.risk.minBuyoutRatePercent}
              />
            </Stack>
          )}
        </Box>
      )}

      {profit.isError && <Alert color="red">{errorMessage(profit.error)}</Alert>}
      {profit.data && !shopEmpty && (
        <ProfitabilitySection
          data={profit.data}
          filter={profitFilter}
          onFilter={setProfitFilter}
          fetching={profit.isFetching}
        />
      )}
      <IncidentsDrawer drill={drill} onClose={() => setDrill(null)} />
    </Stack>
  );
}
