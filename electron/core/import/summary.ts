import {
  IMPORT_LIST_LIMIT,
  type ImportRiskHit,
  type ImportSummary,
  type ImportTarget,
} from '../../../shared/contract/import';
import type { ProblemLog, UnknownValues } from './records';

// The counts and lists a dry run and a commit answer: the same shape, so the owner sees in the
// commit's result exactly what the dry run promised (or what changed since).

export interface Counts {
  rows: number;
  total: number;
  create: number;
  update: number;
  unchanged: number;
  skipped: number;
  refused: number;
}

export function summarize(
  target: ImportTarget,
  counts: Counts,
  log: ProblemLog,
  unknown: UnknownValues,
  riskHits: ImportRiskHit[],
): ImportSummary {
  const problems = [...log.problems].sort((a, b) => a.line - b.line || (a.column ?? -1) - (b.column ?? -1));
  const unknownValues: ImportSummary['unknownValues'] = {};
  for (const [field, counted] of Object.entries(unknown)) {
    unknownValues[field as keyof ImportSummary['unknownValues']] = [...counted!.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 200)
      .map(([value, count]) => ({ value, count }));
  }
  return {
    target,
    ...counts,
    problems: problems.slice(0, IMPORT_LIST_LIMIT),
    problemsTotal: problems.length,
    unknownValues,
    riskHits: [...riskHits].sort((a, b) => a.line - b.line).slice(0, IMPORT_LIST_LIMIT),
    riskHitsTotal: riskHits.length,
  };
}
