import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/settings';
import { SectionCard } from '../../components/SectionCard';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess, showIssuesOnFields } from '../../lib/errors';
import { localizedResolver } from '../../lib/localized-resolver';
import { useChannelMutation } from '../../lib/query';
import {
  backupSettingsSchema,
  isBackupSettingsField,
  toBackupSettingsValues,
  type BackupSettingsValues,
} from './backup-forms';

const resolver = localizedResolver(backupSettingsSchema);

type T = TFunction;
const COUNT_TEXT = {
  intervalHours: {
    label: (t: T) => t('backup.settings.interval'),
    hint: (t: T) => t('backup.settings.intervalHint'),
  },
  keepDaily: {
    label: (t: T) => t('backup.settings.keepDaily'),
    hint: (t: T) => t('backup.settings.keepDailyHint'),
  },
  keepMonthly: {
    label: (t: T) => t('backup.settings.keepMonthly'),
    hint: (t: T) => t('backup.settings.keepMonthlyHint'),
  },
};

/**
 * Where backups go and how many are kept. Saved as the whole `backup` object (the contract
 * replaces top-level keys); what was typed stays in the fields when something is refused.
 */
export function BackupSettingsSection({
  settings,
  defaultFolder,
}: {
  settings: Settings;
  /** The folder used when none is set, when main said which (status.folder with no folder set). */
  defaultFolder: string | null;
}) {
  const { t } = useTranslation();
  const update = useChannelMutation('settings.update');
  const form = useForm<BackupSettingsValues, unknown, { backup: Settings['backup'] }>({
    resolver,
    defaultValues: toBackupSettingsValues(settings.backup),
  });
  const { errors } = form.formState;
  const fieldErrors = errors.backup;

  const submit = form.handleSubmit(async (patch) => {
    try {
      const saved = await update.mutateAsync(patch);
      form.reset(toBackupSettingsValues(saved.backup));
      notifySuccess(t('backup.settings.saved'));
    } catch (error) {
      if (showIssuesOnFields(error, form.setError, isBackupSettingsField)) return;
      if (error instanceof ApiError && error.code === 'VALIDATION')
        form.setError('root', { message: errorMessage(error) });
      else notifyError(error);
    }
  });

  const count = (name: 'intervalHours' | 'keepDaily' | 'keepMonthly', unit: string) => (
    <TextInput
      label={COUNT_TEXT[name].label(t)}
      description={COUNT_TEXT[name].hint(t)}
      inputMode="numeric"
      rightSection={
        <Text size="xs" c="dimmed" pr={6}>
          {unit}
        </Text>
      }
      rightSectionWidth={64}
      error={fieldErrors?.[name]?.message}
      {...form.register(`backup.${name}`)}
    />
  );

  return (
    <SectionCard
      title={t('backup.settings.title')}
      description={t('backup.settings.description')}
      labelledBy="backup-settings-title"
    >
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('backup.settings.title')}>
        <Stack gap="md">
          <TextInput
            label={t('backup.settings.folder')}
            description={
              defaultFolder
                ? t('backup.settings.folderDefaultIs', { folder: defaultFolder })
                : t('backup.settings.folderDefault')
            }
            placeholder={defaultFolder ?? undefined}
            spellCheck={false}
            error={fieldErrors?.folder?.message}
            {...form.register('backup.folder')}
          />
          <SimpleGrid cols={3} spacing="md">
            {count('intervalHours', t('backup.settings.hours'))}
            {count('keepDaily', t('backup.settings.days'))}
            {count('keepMonthly', t('backup.settings.months'))}
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('backup.settings.retentionNote')}
          </Text>
          {errors.root && <Alert color="red">{errors.root.message}</Alert>}
          <Group justify="flex-end">
            <Button
              type="submit"
              leftSection={<IconDeviceFloppy size={16} />}
              loading={form.formState.isSubmitting}
            >
              {t('backup.settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
