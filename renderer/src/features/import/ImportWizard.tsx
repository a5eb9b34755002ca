import { Alert, Button, Group, Kbd, Stepper } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowLeft, IconArrowRight, IconListCheck, IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportField } from '../../../../shared/contract/import';
import { useChannelMutation } from '../../lib/query';
import { clearTaskProgress } from '../../lib/task-progress';
import { CheckStep, writesNothing } from './CheckStep';
import { CommitStep } from './CommitStep';
import { FileStep } from './FileStep';
import { importErrorText, issuesByPath } from './import-errors';
import { isRequirementMet, REQUIREMENTS, requirementOfField } from './mapping';
import { MappingStep } from './MappingStep';
import { useImportWizard, type WizardStep } from './use-import-wizard';
import { fieldName } from './wording';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), button:not([disabled]):not([data-back]), [tabindex="0"]';

/**
 * The import as one page of four steps (file → columns → dry run → import). All state lives in
 * useImportWizard, so stepping back loses nothing; Enter or Ctrl+Enter does the step's main
 * action, and each step starts with the focus on its first control.
 */
export function ImportWizard() {
  const { t } = useTranslation();
  const wizard = useImportWizard();
  const dryRun = useChannelMutation('import.dryRun');
  const [issues, setIssues] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [overrideError, setOverrideError] = useState<string | undefined>();
  const panelRef = useRef<HTMLFormElement>(null);
  const stepsRef = useRef<HTMLDivElement>(null);
  const shownStep = useRef<WizardStep>(wizard.step);
  const { step, inspection, summary, result } = wizard;

  const mapped = REQUIREMENTS[wizard.target].every((requirement) =>
    isRequirementMet(requirement, wizard.setup),
  );
  // While main reads or writes, the steps hold still: leaving would hide the answer's progress.
  const busy = wizard.committing || dryRun.isPending;
  const canEnter = (target: WizardStep): boolean => {
    if (busy) return target === step;
    if (result) return target === 3;
    if (target === 0) return true;
    if (target === 1) return inspection !== null;
    if (target === 2) return summary !== null;
    return summary !== null && !wizard.stale && !writesNothing(summary);
  };
  const go = (target: WizardStep) => {
    if (!canEnter(target)) return;
    setFailure(null);
    wizard.setStep(target);
  };

  const check = async () => {
    const input = wizard.runInput;
    if (!input || dryRun.isPending) return;
    setShowMissing(true);
    if (!mapped) return wizard.setStep(1);
    if (wizard.override.on && !wizard.override.reason.trim())
      return setOverrideError(t('import.override.reasonNeeded'));
    setOverrideError(undefined);
    setFailure(null);
    setIssues(new Map());
    clearTaskProgress('import');
    try {
      wizard.recordCheck(input, await dryRun.mutateAsync(input));
      wizard.setStep(2);
    } catch (error) {
      const placed = issuesByPath(error);
      setIssues(placed);
      const mappingPaths = [...placed.keys()].filter((path) => path.startsWith('mapping.'));
      if (mappingPaths.length > 0) wizard.setStep(1);
      if (placed.has('overrideReason')) setOverrideError(placed.get('overrideReason'));
      // What the checklist cannot show beside a line (a mapped column the file no longer has)
      // is said under the step, named by its field.
      const unplaced = mappingPaths.filter(
        (path) => requirementOfField(wizard.target, path.slice('mapping.'.length)) === null,
      );
      if (unplaced.length > 0)
        setFailure(
          unplaced
            .map(
              (path) => `${fieldName(path.slice('mapping.'.length) as ImportField, t)}: ${placed.get(path)}`,
            )
            .join(' · '),
        );
      else if (mappingPaths.length === 0 && !placed.has('overrideReason')) setFailure(importErrorText(error));
      // The upload is gone (ShopDesk restarted, the file was cleaned up): the way on is step 1.
      if (placed.has('uploadId')) wizard.setStep(0);
    }
  };

  /** The step's main action: Enter in a field, Ctrl+Enter anywhere. */
  const primary = () => {
    if (step === 0) go(1);
    else if (step === 1) void check();
    else if (step === 2) {
      if (wizard.stale) void check();
      else go(3);
    }
  };
  useHotkeys([['mod+Enter', primary]], []);

  // A new step starts with the focus on its first control (not on the page's first load), and
  // with the steps in view: focusing alone would scroll to the control and hide where one is.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    const panel = panelRef.current;
    // The dry run starts where there is something to decide (a value to map, the override);
    // with nothing to decide, on the way on, never on "Back" (Enter there would undo the step).
    const first =
      step === 2
        ? (panel?.querySelector<HTMLElement>('[data-step-focus]:not([disabled])') ??
          panel?.querySelector<HTMLElement>('button[type="submit"]:not([disabled])') ??
          panel?.querySelector<HTMLElement>(FOCUSABLE))
        : panel?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus({ preventScroll: true });
    stepsRef.current?.scrollIntoView({ block: 'nearest' });
    first?.scrollIntoView({ block: 'nearest' });
  }, [step]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    primary();
  };

  const content = () => {
    if (step === 0 || !inspection) return <FileStep wizard={wizard} />;
    if (step === 1)
      return (
        <MappingStep wizard={wizard} inspection={inspection} errors={issues} showMissing={showMissing} />
      );
    if (!summary) return null;
    if (step === 2)
      return (
        <CheckStep
          wizard={wizard}
          summary={summary}
          inspection={inspection}
          overrideError={overrideError}
          onOverrideEdited={() => setOverrideError(undefined)}
        />
      );
    return <CommitStep wizard={wizard} summary={summary} />;
  };

  const steps = [
    { label: t('import.steps.file'), description: t('import.steps.fileHint') },
    { label: t('import.steps.map'), description: t('import.steps.mapHint') },
    { label: t('import.steps.check'), description: t('import.steps.checkHint') },
    { label: t('import.steps.import'), description: t('import.steps.importHint') },
  ];

  return (
    <>
      <Stepper
        ref={stepsRef}
        active={result ? 4 : step}
        onStepClick={(index) => go(index as WizardStep)}
        size="sm"
        color="teal"
        aria-label={t('import.title')}
      >
        {steps.map((entry, index) => (
          <Stepper.Step
            key={index}
            label={entry.label}
            description={entry.description}
            allowStepSelect={canEnter(index as WizardStep) && index !== step}
            loading={(index === 2 && dryRun.isPending) || undefined}
          />
        ))}
      </Stepper>
      <form ref={panelRef} noValidate onSubmit={submit} aria-label={steps[step]!.label} data-step={step}>
        {content()}
        {failure && (
          <Alert color="red" variant="light" mt="md" data-testid="import-check-failed">
            {failure}
          </Alert>
        )}
        {!result && (
          <Group justify="space-between" mt="lg">
            <Group gap="xs">
              {step > 0 && (
                <Button
                  type="button"
                  variant="default"
                  leftSection={<IconArrowLeft size={16} />}
                  disabled={busy}
                  data-back
                  onClick={() => go((step - 1) as WizardStep)}
                >
                  {t('import.nav.back')}
                </Button>
              )}
            </Group>
            <Group gap="xs">
              {step === 0 && (
                <Button type="submit" rightSection={<IconArrowRight size={16} />} disabled={!inspection}>
                  {t('import.nav.toMapping')}
                </Button>
              )}
              {step === 1 && (
                <Button type="submit" leftSection={<IconListCheck size={16} />} loading={dryRun.isPending}>
                  {t('import.map.check')}
                </Button>
              )}
              {step === 2 && (
                <>
                  <Button
                    type={wizard.stale ? 'submit' : 'button'}
                    variant={wizard.stale ? 'filled' : 'default'}
                    leftSection={<IconRefresh size={16} />}
                    loading={dryRun.isPending}
                    onClick={wizard.stale ? undefined : () => void check()}
                  >
                    {t('import.check.again')}
                  </Button>
                  <Button
                    type={wizard.stale ? 'button' : 'submit'}
                    rightSection={<IconArrowRight size={16} />}
                    disabled={!canEnter(3)}
                  >
                    {t('import.nav.toImport')}
                  </Button>
                </>
              )}
              {step < 3 && (
                <Kbd size="xs" c="dimmed" aria-hidden>
                  {isMac ? '⌘ Enter' : 'Ctrl Enter'}
                </Kbd>
              )}
            </Group>
          </Group>
        )}
      </form>
    </>
  );
}
