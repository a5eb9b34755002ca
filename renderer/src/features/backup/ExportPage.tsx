import { Alert, Button, CopyButton, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import type { SessionUser } from '../../../../shared/contract/session';
import { csvDialectFor, type CsvDialect } from '../../../../shared/domain/csv';
import { isIsoDate } from '../../../../shared/domain/dates';
import type { Language } from '../../../../shared/domain/settings';
import { SectionCard } from '../../components/SectionCard';
import { ApiError } from '../../lib/api';
import { notifyError } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { useShopToday } from '../../lib/shop-day';
import { clearTaskProgress } from '../../lib/task-progress';
import { translateServerMessage } from '../../locales/server-messages';
import { PERIOD_PRESETS, presetPeriod, type PeriodPreset } from './period';
import { SettingsPageFrame } from './SettingsPageFrame';
import { TaskProgressBar } from './TaskProgressBar';

/** The workbook, or the CSV files in one of the two dialects (shared/domain/csv.ts). */
type Format = 'xlsx' | `csv-${CsvDialect}`;
type Field = 'from' | 'to';
type Saved = ChannelOutput<'export.accountant'>;

/** Settings → Export for the accountant (owner only; also from the command palette). */
export function ExportPage({ user }: { user: SessionUser }) {
  const today = useShopToday();
  const settings = useChannelQuery('settings.get', {});
  return (
    <SettingsPageFrame user={user}>
      {/* The form starts from the shop's today, so it waits for the shop's time zone. */}
      {today && settings.data && <ExportForm today={today} language={settings.data.language} />}
    </SettingsPageFrame>
  );
}

/**
 * The workbook first (it carries totals and filters), then the CSV dialect the shop's own Excel
 * opens as columns, then the other one.
 */
export function formatChoices(language: Language): Format[] {
  const own = csvDialectFor(language);
  return ['xlsx', `csv-${own}`, `csv-${own === 'semicolon' ? 'comma' : 'semicolon'}`];
}

function ExportForm({ today, language }: { today: string; language: Language }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  // The accountant usually asks for the month just closed.
  const [preset, setPreset] = useState<PeriodPreset>('lastMonth');
  const [period, setPeriod] = useState(() => presetPeriod('lastMonth', today));
  const [fileFormat, setFileFormat] = useState<Format>('xlsx');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState<Saved | null>(null);
  const run = useChannelMutation('export.accountant');

  const choosePreset = (value: PeriodPreset) => {
    setPreset(value);
    if (value !== 'custom') setPeriod(presetPeriod(value, today));
    setErrors({});
  };
  const editDay = (field: Field, value: string) => {
    setPreset('custom');
    setPeriod((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async () => {
    const next: Partial<Record<Field, string>> = {};
    if (!isIsoDate(period.from)) next.from = t('accountant.pickDate');
    if (!isIsoDate(period.to)) next.to = t('accountant.pickDate');
    if (!next.from && !next.to && period.from > period.to) next.to = t('accountant.toBeforeFrom');
    setErrors(next);
    if (next.from || next.to) return;
    setSaved(null);
    clearTaskProgress('export');
    try {
      setSaved(
        await run.mutateAsync(
          fileFormat === 'xlsx'
            ? { ...period, format: 'xlsx' }
            : { ...period, format: 'csv', csvDialect: fileFormat === 'csv-comma' ? 'comma' : 'semicolon' },
        ),
      );
    } catch (error) {
      const placed: Partial<Record<Field, string>> = {};
      if (error instanceof ApiError && error.code === 'VALIDATION') {
        for (const issue of error.issues) {
          if (issue.path === 'from' || issue.path === 'to')
            placed[issue.path] = translateServerMessage(issue.message, i18n.language);
        }
      }
      if (placed.from || placed.to) setErrors(placed);
      else notifyError(error);
    }
  };

  const folder = saved ? saved.path.slice(0, Math.max(0, saved.path.length - saved.fileName.length - 1)) : '';

  return (
    <SectionCard
      title={t('accountant.title')}
      description={t('accountant.description')}
      labelledBy="export-title"
    >
      <form
        noValidate
        aria-label={t('accountant.form')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Radio.Group
            label={t('accountant.period')}
            value={preset}
            onChange={(value) => choosePreset(value as PeriodPreset)}
          >
            <Group gap="lg" mt={6}>
              {PERIOD_PRESETS.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={t(`accountant.preset.${value}`)}
                  disabled={run.isPending}
                />
              ))}
            </Group>
          </Radio.Group>
          <Group gap="sm" align="flex-start">
            <TextInput
              w={180}
              type="date"
              label={t('accountant.from')}
              value={period.from}
              disabled={run.isPending}
              error={errors.from}
              onChange={(event) => editDay('from', event.currentTarget.value)}
            />
            <TextInput
              w={180}
              type="date"
              label={t('accountant.to')}
              value={period.to}
              disabled={run.isPending}
              error={errors.to}
              onChange={(event) => editDay('to', event.currentTarget.value)}
            />
          </Group>
          <Radio.Group
            label={t('accountant.format')}
            value={fileFormat}
            onChange={(value) => setFileFormat(value as Format)}
          >
            <Stack gap="xs" mt={6}>
              {formatChoices(language).map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={t(`accountant.formats.${value}.label`)}
                  description={t(`accountant.formats.${value}.hint`)}
                  disabled={run.isPending}
                />
              ))}
            </Stack>
          </Radio.Group>
          {run.isPending && (
            <TaskProgressBar
              task="export"
              label={t('accountant.running')}
              describe={(step) =>
                step && step !== 'done' ? t('accountant.step', { sheet: step }) : t('accountant.running')
              }
            />
          )}
          <Group>
            <Button type="submit" leftSection={<IconFileSpreadsheet size={16} />} loading={run.isPending}>
              {t('accountant.run')}
            </Button>
          </Group>
        </Stack>
      </form>
      {saved && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck size={18} />}
          title={t('accountant.done')}
          data-testid="export-result"
        >
          <Stack gap={4}>
            <Text size="sm">
              {t('accountant.file')}: <strong data-testid="export-file">{saved.fileName}</strong>
            </Text>
            <Group gap={6} wrap="nowrap">
              <Text size="sm" style={{ wordBreak: 'break-all' }}>
                {t('accountant.folder')}: <span data-testid="export-folder">{folder}</span>
              </Text>
              <CopyButton value={saved.path}>
                {({ copied, copy }) => (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={copied ? <IconCheck size={12} /> : <IconCopy size={12} />}
                    onClick={copy}
                  >
                    {copied ? t('accountant.copied') : t('accountant.copyPath')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm" c="dimmed">
              {t('accountant.counts', {
                orders: format.number(saved.orders),
                incidents: format.number(saved.incidents),
              })}
            </Text>
          </Stack>
        </Alert>
      )}
    </SectionCard>
  );
}
