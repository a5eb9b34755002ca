import {
  ActionIcon,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { addDays, isIsoDate } from '../../../../shared/domain/dates';
import { useFormatters } from '../../lib/format';
import { dayParam, useShopToday } from '../../lib/shop-day';
import { CallsView } from './CallsView';
import { EndOfDayView } from './EndOfDayView';
import { PlanView } from './PlanView';

type Tab = 'plan' | 'calls' | 'end';
const TAB_PATH: Record<Tab, string> = {
  plan: '/day-plan',
  calls: '/day-plan/calls',
  end: '/day-plan/end-of-day',
};

/**
 * The day's work: the plan by courier and window (today by default), the evening confirmation
 * calls (tomorrow by default), and the end of the day (outcomes and courier cash).
 */
export function DayPlanScreen() {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const today = useShopToday();
  const tab: Tab = pathname.startsWith(TAB_PATH.calls)
    ? 'calls'
    : pathname.startsWith(TAB_PATH.end)
      ? 'end'
      : 'plan';
  if (!today) return <Loader m="xl" aria-label={t('common.loading')} />;
  // Each tab opens on its own day: the plan and the end of day on today, the confirmation calls
  // on tomorrow (they are made the evening before). A day picked by hand goes along between tabs.
  const tabDay = (of: Tab) => (of === 'calls' ? addDays(today, 1) : today);
  const date = dayParam(params.get('date'), tabDay(tab));
  const go = (nextTab: Tab, nextDate: string) => void navigate(`${TAB_PATH[nextTab]}?date=${nextDate}`);
  const switchTab = (nextTab: Tab) => go(nextTab, date === tabDay(tab) ? tabDay(nextTab) : date);
  const relative =
    date === today
      ? t('plan.today')
      : date === addDays(today, 1)
        ? t('plan.tomorrow')
        : date === addDays(today, -1)
          ? t('plan.yesterday')
          : null;

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="md" wrap="nowrap">
          <Title order={2}>{t('nav.dayPlan')}</Title>
          <SegmentedControl
            aria-label={t('plan.tabs')}
            data={[
              { value: 'plan', label: t('plan.tab.plan') },
              { value: 'calls', label: t('plan.tab.calls') },
              { value: 'end', label: t('plan.tab.end') },
            ]}
            value={tab}
            onChange={(value) => switchTab(value as Tab)}
          />
        </Group>
        <Group gap={6} wrap="nowrap">
          <Tooltip label={t('plan.previousDay')}>
            <ActionIcon
              variant="default"
              size="input-sm"
              aria-label={t('plan.previousDay')}
              onClick={() => go(tab, addDays(date, -1))}
            >
              <IconChevronLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <TextInput
            w={160}
            type="date"
            aria-label={t('plan.date')}
            value={date}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isIsoDate(value)) go(tab, value);
            }}
          />
          <Tooltip label={t('plan.nextDay')}>
            <ActionIcon
              variant="default"
              size="input-sm"
              aria-label={t('plan.nextDay')}
              onClick={() => go(tab, addDays(date, 1))}
            >
              <IconChevronRight size={18} />
            </ActionIcon>
          </Tooltip>
          <Text size="sm" c="dimmed" w={150} data-testid="plan-date-label">
            {format.day(date)}
            {relative ? ` · ${relative}` : ''}
          </Text>
        </Group>
      </Group>
      {tab === 'plan' && <PlanView key={date} date={date} />}
      {tab === 'calls' && (
        <CallsView
          key={date}
          date={date}
          dayLabel={relative ? `${relative}, ${format.day(date)}` : format.day(date)}
        />
      )}
      {tab === 'end' && <EndOfDayView key={date} date={date} />}
    </Stack>
  );
}
