import { Fieldset, Group, Loader, SegmentedControl, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format';
import {
  PERIOD_PRESETS,
  suggestedGranularity,
  type Granularity,
  type PeriodChoice,
  type PeriodPreset,
} from './period';

interface PeriodPickerProps {
  choice: PeriodChoice;
  /** Null until the shop's calendar (its time zone) is known: the presets need today. */
  today: string | null;
  /** Applied to the choice as it stands when the change lands (keystrokes may outrun renders). */
  onChange: (update: (current: PeriodChoice) => PeriodChoice) => void;
  /** Main's words for a refused period, beside the field it names. */
  errors: { from?: string; to?: string };
  fetching: boolean;
}

/** The presets, a custom from–to, and weeks or months (suggested from the length). */
export function PeriodPicker({ choice, today, onChange, errors, fetching }: PeriodPickerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const pickPreset = (preset: PeriodPreset) =>
    // A new period takes the suggested granularity again; custom starts from the days shown.
    onChange((current) => ({ ...current, preset, granularityChosen: false }));
  const setDays = (patch: Partial<Pick<PeriodChoice, 'from' | 'to'>>) =>
    onChange((current) => {
      const next = { ...current, ...patch };
      return { ...next, granularity: next.granularityChosen ? next.granularity : suggestedGranularity(next) };
    });

  return (
    <Fieldset
      variant="unstyled"
      disabled={today === null}
      data-testid="period-picker"
      data-enabled={today !== null}
      legend={<VisuallyHidden>{t('reports.period.label')}</VisuallyHidden>}
    >
      <Group gap="lg" align="flex-end" wrap="wrap">
        <div>
          <Text size="sm" fw={500} mb={2} id="report-period-label">
            {t('reports.period.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="report-period-label"
            data={PERIOD_PRESETS.map((preset) => ({ value: preset, label: t(`reports.period.${preset}`) }))}
            value={choice.preset}
            onChange={(value) => pickPreset(value as PeriodPreset)}
          />
        </div>
        {choice.preset === 'custom' && (
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <TextInput
              w={170}
              type="date"
              label={t('reports.period.from')}
              value={choice.from}
              onChange={(event) => setDays({ from: event.currentTarget.value })}
              error={errors.from}
              data-testid="period-from"
            />
            <TextInput
              w={170}
              type="date"
              label={t('reports.period.to')}
              value={choice.to}
              onChange={(event) => setDays({ to: event.currentTarget.value })}
              error={errors.to}
              data-testid="period-to"
            />
          </Group>
        )}
        <div>
          <Text size="sm" fw={500} mb={2} id="report-granularity-label">
            {t('reports.period.granularity')}
          </Text>
          <SegmentedControl
            aria-labelledby="report-granularity-label"
            data={(['week', 'month'] as const).map((value) => ({
              value,
              label: t(`reports.period.by.${value}`),
            }))}
            value={choice.granularity}
            onChange={(value) =>
              onChange((current) => ({
                ...current,
                granularity: value as Granularity,
                granularityChosen: true,
              }))
            }
          />
        </div>
        <Group gap="xs" h={36} align="center">
          {choice.preset !== 'custom' && (
            <Text size="sm" c="dimmed" data-testid="period-days">
              {t('reports.period.days', { from: format.day(choice.from), to: format.day(choice.to) })}
            </Text>
          )}
          {fetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
      </Group>
    </Fieldset>
  );
}
