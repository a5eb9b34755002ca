import { notifications } from '@mantine/notifications';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import i18n from '../app/i18n';
import { translateServerMessage } from '../locales/server-messages';
import { ApiError } from './api';

/** The sentence to show for any failure, in the current language. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return translateServerMessage(error.message, i18n.language);
  return i18n.t('errors.unexpected');
}

export function notifyError(error: unknown): void {
  const refused = error instanceof ApiError && error.code === 'FORBIDDEN';
  notifications.show({
    color: refused ? 'orange' : 'red',
    title: refused ? i18n.t('errors.refusedTitle') : i18n.t('errors.failedTitle'),
    message: errorMessage(error),
  });
}

/** A short confirmation; `brief` for steps repeated many times in a row (moves, outcomes). */
export function notifySuccess(message: string, options: { brief?: boolean } = {}): void {
  notifications.show({ color: 'teal', message, ...(options.brief ? { autoClose: 2500 } : {}) });
}

/**
 * Puts main's VALIDATION issues beside the form fields they name (issue.path is the dotted
 * field path, the same names the forms use). Returns false when nothing could be placed, so
 * the caller shows the message as a whole-form error instead of losing it.
 */
export function showIssuesOnFields<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  isField: (path: string) => boolean,
): boolean {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return false;
  let placed = false;
  for (const issue of error.issues) {
    if (!isField(issue.path)) continue;
    const message = translateServerMessage(issue.message, i18n.language);
    setError(issue.path as FieldPath<T>, { type: 'server', message }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}
