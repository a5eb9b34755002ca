import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconDatabaseImport, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../shared/contract/import';
import { useFormatters } from '../../lib/format';
import { invalidateDomains, useChannelMutation } from '../../lib/query';
import { clearTaskProgress, useTaskProgress } from '../../lib/task-progress';
import { TaskProgressBar } from '../backup/TaskProgressBar';
import { writesNothing } from './CheckStep';
import { importErrorText } from './import-errors';
import { RiskHitsTable } from './RiskHitsTable';
import { SummaryCounts } from './SummaryCounts';
import type { ImportWizardState } from './use-import-wizard';
import { countNoun } from './wording';

/**
 * Step 4: a button that says exactly what will be written, the progress while main writes it in
 * one transaction, then what was written (or that nothing was, and why).
 */
export function CommitStep({ wizard, summary }: { wizard: ImportWizardState; summary: ImportSummary }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const client = useQueryClient();
  const commit = useChannelMutation('import.commit');
  const [failure, setFailure] = useState<string | null>(null);
  const progress = useTaskProgress('import');
  const { result } = wizard;

  const run = async () => {
    if (!wizard.runInput) return;
    setFailure(null);
    clearTaskProgress('import');
    wizard.setCommitting(true);
    try {
      wizard.setResult(await commit.mutateAsync(wizard.runInput));
    } catch (error) {
      setFailure(importErrorText(error));
    } finally {
      wizard.setCommitting(false);
      // The history lists the run; orders and customers changed (main says so too, but a screen
      // opened from the result's links must not show what it cached before).
      void invalidateDomains(client, ['import', 'orders', 'customers']);
    }
  };

  if (result) {
    const written = result.importId !== null;
    return (
      <Stack gap="md" data-testid="import-result">
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          title={written ? t('import.commit.done') : undefined}
        >
          {written
            ? t('import.commit.doneText', {
                create: format.number(result.create),
                update: format.number(result.update),
                unchanged: format.number(result.unchanged),
                skipped: format.number(result.skipped),
              })
            : t('import.commit.nothingWritten')}
        </Alert>
        <SummaryCounts summary={result} />
        <RiskHitsTable summary={result} written={written} />
        <Group>
          <Button variant="light" onClick={wizard.reset}>
            {t('import.commit.another')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const count = summary.create + summary.update;
  const label = t('import.commit.button', {
    count: format.number(count),
    noun: countNoun(count, summary.target, t, i18n.language),
    create: format.number(summary.create),
    update: format.number(summary.update),
    skipped: format.number(summary.skipped + summary.refused),
  });
  const blocked = wizard.stale || writesNothing(summary);

  return (
    <Stack gap="md">
      <Title order={4}>{t('import.commit.title')}</Title>
      <Text size="sm">{t('import.commit.allOrNothing')}</Text>
      {summary.skipped > 0 && (
        <Text size="sm" c="dimmed">
          {t('import.commit.skippedNote')}
        </Text>
      )}
      {wizard.stale && (
        <Alert color="yellow" variant="light">
          {t('import.commit.staleFirst')}
        </Alert>
      )}
      {commit.isPending && (
        <TaskProgressBar
          task="import"
          label={t('import.commit.running')}
          describe={(step) =>
            step === 'check' || step === 'write'
              ? t(`import.commit.step.${step}`, {
                  done: format.number(progress?.done ?? 0),
                  total: format.number(progress?.total ?? 0),
                })
              : step === 'read'
                ? t('import.commit.step.read')
                : t('import.commit.step.starting')
          }
        />
      )}
      <Group>
        <Button
          size="md"
          leftSection={<IconDatabaseImport size={18} />}
          loading={commit.isPending}
          disabled={blocked}
          onClick={() => void run()}
          data-testid="import-commit"
        >
          {label}
        </Button>
      </Group>
      {failure && (
        <Alert
          color="red"
          variant="light"
          icon={<IconX size={18} />}
          title={t('import.commit.failed')}
          data-testid="import-failed"
        >
          <Stack gap={4}>
            <Text size="sm">{failure}</Text>
            <Text size="sm" c="dimmed">
              {t('import.commit.failedHint')}
            </Text>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
