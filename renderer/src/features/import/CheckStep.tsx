import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportInspection, ImportProblem, ImportSummary } from '../../../../shared/contract/import';
import { OverridePanel } from './OverridePanel';
import { ProblemsTable } from './ProblemsTable';
import { RiskHitsTable } from './RiskHitsTable';
import { SummaryCounts } from './SummaryCounts';
import { UnknownValuesPanel, unknownValueSelectId } from './UnknownValuesPanel';
import type { ImportWizardState } from './use-import-wizard';

/** Nothing would be written: every order or customer is already as the file says, or skipped. */
export function writesNothing(summary: ImportSummary): boolean {
  return summary.create + summary.update === 0;
}

/**
 * Step 3, the dry run: what the import would do, the values to map, the refused orders and the
 * override, then every row with a problem and every flagged row. Nothing is written here.
 */
export function CheckStep({
  wizard,
  summary,
  inspection,
  overrideError,
  onOverrideEdited,
}: {
  wizard: ImportWizardState;
  summary: ImportSummary;
  inspection: ImportInspection;
  overrideError: string | undefined;
  /** The reason was edited: its error no longer applies. */
  onOverrideEdited: () => void;
}) {
  const { t } = useTranslation();

  // A problem about an unknown value leads to where it is mapped.
  const openProblem = (problem: ImportProblem) => {
    if (problem.code !== 'unknown_value' || problem.field === null) return;
    const field = problem.field as Parameters<typeof unknownValueSelectId>[0];
    const select = document.querySelector<HTMLInputElement>(
      `[data-testid="${CSS.escape(unknownValueSelectId(field, problem.value))}"]`,
    );
    select?.scrollIntoView({ block: 'center' });
    select?.focus();
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={4}>{t('import.check.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('import.check.hint')}
        </Text>
      </div>
      {wizard.stale && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          data-testid="import-stale"
        >
          {t('import.check.stale')}
        </Alert>
      )}
      <SummaryCounts summary={summary} />
      {writesNothing(summary) &&
        (summary.unchanged > 0 ? (
          <Alert
            color="teal"
            variant="light"
            icon={<IconCircleCheck size={18} />}
            data-testid="import-nothing-to-change"
          >
            {t('import.check.nothingToChange')}
          </Alert>
        ) : (
          <Alert
            color="orange"
            variant="light"
            icon={<IconInfoCircle size={18} />}
            data-testid="import-nothing"
          >
            {t('import.check.nothingToImport')}
          </Alert>
        ))}
      {wizard.target === 'orders' && <UnknownValuesPanel summary={summary} wizard={wizard} />}
      {(summary.refused > 0 || wizard.override.on) && (
        <OverridePanel
          refused={summary.refused}
          override={wizard.override}
          onChange={(next) => {
            wizard.setOverride(next);
            onOverrideEdited();
          }}
          error={overrideError}
        />
      )}
      <ProblemsTable summary={summary} inspection={inspection} onOpen={openProblem} />
      <RiskHitsTable summary={summary} written={false} />
    </Stack>
  );
}
