import i18n from '../../app/i18n';
import { ApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { translateServerMessage } from '../../locales/server-messages';

/**
 * The sentence for a failed import call: a refused input says which check failed (the file is
 * too large, upload it again) rather than the envelope's general "The input is not valid".
 */
export function importErrorText(error: unknown): string {
  if (error instanceof ApiError && error.code === 'VALIDATION' && error.issues[0])
    return translateServerMessage(error.issues[0].message, i18n.language);
  return errorMessage(error);
}

/** Main's VALIDATION issues by their dotted path ("mapping.number", "overrideReason"). */
export function issuesByPath(error: unknown): Map<string, string> {
  const placed = new Map<string, string>();
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return placed;
  for (const issue of error.issues) {
    if (!placed.has(issue.path)) placed.set(issue.path, translateServerMessage(issue.message, i18n.language));
  }
  return placed;
}
