import { useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import type {
  ImportInspection,
  ImportOptions,
  ImportSummary,
  ImportTarget,
} from '../../../../shared/contract/import';
import { EMPTY_SETUP, initialSetup, readingOptions, type ImportSetupState } from './mapping';

// The wizard's whole state in one place, so going back a step loses nothing: the file as read,
// the mapping per target (switching orders ↔ customers and back keeps both), the override, the
// last dry run and for which exact input it was made, and the commit's answer.

export type WizardStep = 0 | 1 | 2 | 3;
export type RunInput = ChannelInput<'import.dryRun'>;
export type CommitResult = ChannelOutput<'import.commit'>;

interface Checked {
  /** The run input the summary answers; any change to it makes the summary stale. */
  key: string;
  summary: ImportSummary;
}

export interface Override {
  on: boolean;
  reason: string;
}

const NO_OVERRIDE: Override = { on: false, reason: '' };

export function useImportWizard() {
  const [step, setStep] = useState<WizardStep>(0);
  const [target, setTarget] = useState<ImportTarget>('orders');
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [options, setOptions] = useState<ImportOptions>({});
  const [setups, setSetups] = useState<Record<ImportTarget, ImportSetupState>>({
    orders: EMPTY_SETUP,
    customers: EMPTY_SETUP,
  });
  const [override, setOverride] = useState<Override>(NO_OVERRIDE);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [result, setResult] = useState<CommitResult | null>(null);
  /** A commit is running: the wizard holds still until main answers. */
  const [committing, setCommitting] = useState(false);

  const setup = setups[target];

  /** A file read (first upload or re-read with other options). */
  const receive = (next: ImportInspection) => {
    const sameLayout =
      inspection !== null && inspection.uploadId === next.uploadId && inspection.layoutKey === next.layoutKey;
    // The same columns read again (another date order, say): the user's mapping stays.
    if (!sameLayout) {
      setSetups({ orders: initialSetup(next, 'orders'), customers: initialSetup(next, 'customers') });
      setChecked(null);
    }
    if (!inspection || inspection.uploadId !== next.uploadId) setOverride(NO_OVERRIDE);
    setInspection(next);
    setOptions(readingOptions(next));
    setResult(null);
  };

  const updateSetup = (change: (current: ImportSetupState) => ImportSetupState) =>
    setSetups((all) => ({ ...all, [target]: change(all[target]) }));

  /** What a dry run or a commit is sent; null before a file is read. */
  const runInput: RunInput | null = inspection
    ? {
        uploadId: inspection.uploadId,
        options,
        target,
        mapping: setup.mapping,
        // Value maps and defaults are about orders' code columns; a customers file has none.
        valueMaps: target === 'orders' ? setup.valueMaps : {},
        defaults: target === 'orders' ? setup.defaults : {},
        ...(override.on && override.reason.trim() ? { overrideReason: override.reason.trim() } : {}),
      }
    : null;
  const runKey = runInput ? JSON.stringify(runInput) : '';
  const summary = checked?.summary ?? null;
  const stale = checked !== null && checked.key !== runKey;

  const reset = () => {
    setStep(0);
    setInspection(null);
    setOptions({});
    setSetups({ orders: EMPTY_SETUP, customers: EMPTY_SETUP });
    setOverride(NO_OVERRIDE);
    setChecked(null);
    setResult(null);
  };

  return {
    step,
    setStep,
    target,
    setTarget,
    inspection,
    receive,
    options,
    setup,
    updateSetup,
    override,
    setOverride,
    runInput,
    summary,
    /** The summary on screen was made for another mapping, value map or override. */
    stale,
    recordCheck: (input: RunInput, answer: ImportSummary) =>
      setChecked({ key: JSON.stringify(input), summary: answer }),
    result,
    setResult,
    committing,
    setCommitting,
    reset,
  };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;
