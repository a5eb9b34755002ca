import {
  Alert,
  Button,
  Checkbox,
  Collapse,
  Group,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconDatabaseExport } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/SectionCard';
import { notifyError, notifySuccess, showIssuesOnFields } from '../../lib/errors';
import { localizedResolver } from '../../lib/localized-resolver';
import { channelKey, useChannelMutation } from '../../lib/query';
import { clearTaskProgress } from '../../lib/task-progress';
import { backupNowSchema, type BackupNowValues } from './backup-forms';
import { TaskProgressBar } from './TaskProgressBar';

const resolver = localizedResolver(backupNowSchema);

/** "Back up now", optionally with a passphrase; the steps show while the worker copies. */
export function BackupNowSection({ folder }: { folder: string | undefined }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const run = useChannelMutation('backup.run');
  const form = useForm<BackupNowValues, unknown, { passphrase?: string }>({
    resolver,
    defaultValues: { encrypt: false, passphrase: '', passphraseRepeat: '' },
  });
  const { errors } = form.formState;
  const encrypt = useWatch({ control: form.control, name: 'encrypt' });

  const submit = form.handleSubmit(async (input) => {
    clearTaskProgress('backup');
    try {
      const made = await run.mutateAsync(input);
      notifySuccess(t('backup.now.done', { name: made.name }));
      form.reset();
    } catch (error) {
      // A failed run sends no `data.changed`: the status bar must not keep saying "Backing up…".
      void client.invalidateQueries({ queryKey: channelKey('backup.status', {}) });
      if (!showIssuesOnFields(error, form.setError, (path) => path === 'passphrase')) notifyError(error);
    }
  });

  return (
    <SectionCard
      title={t('backup.now.title')}
      description={t('backup.now.description')}
      labelledBy="backup-now-title"
    >
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('backup.now.title')}>
        <Stack gap="sm">
          {folder && (
            <Text size="sm" data-testid="backup-folder">
              {t('backup.now.folder', { folder })}
            </Text>
          )}
          <Checkbox
            label={t('backup.now.encrypt')}
            description={t('backup.now.encryptHint')}
            disabled={run.isPending}
            {...form.register('encrypt')}
          />
          <Collapse expanded={encrypt}>
            <Stack gap="sm" pt={4}>
              <SimpleGrid cols={2}>
                <PasswordInput
                  label={t('backup.now.passphrase')}
                  description={t('backup.now.passphraseHint')}
                  autoComplete="new-password"
                  disabled={run.isPending}
                  error={errors.passphrase?.message}
                  {...form.register('passphrase')}
                />
                <PasswordInput
                  label={t('backup.now.passphraseRepeat')}
                  description={t('backup.now.passphraseRepeatHint')}
                  autoComplete="new-password"
                  disabled={run.isPending}
                  error={errors.passphraseRepeat?.message}
                  {...form.register('passphraseRepeat')}
                />
              </SimpleGrid>
              <Alert
                color="yellow"
                variant="light"
                icon={<IconAlertTriangle size={18} />}
                title={t('backup.now.warningTitle')}
              >
                {t('backup.now.warning')}
              </Alert>
            </Stack>
          </Collapse>
          {run.isPending && (
            <TaskProgressBar
              task="backup"
              label={t('backup.now.running')}
              describe={(step) => backupStepText(t, step)}
            />
          )}
          <Group>
            <Button type="submit" leftSection={<IconDatabaseExport size={16} />} loading={run.isPending}>
              {t('backup.now.run')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}

/** A snapshot's step ("database", "check", "evidence", "done") in words. */
export function backupStepText(t: TFunction, step: string | null): string {
  switch (step) {
    case 'database':
    case 'check':
    case 'evidence':
    case 'done':
      return t(`backup.progress.${step}`);
    default:
      return t('backup.progress.starting');
  }
}
