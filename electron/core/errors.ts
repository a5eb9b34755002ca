import type { ErrorCode, FieldIssue } from '../../shared/contract/result';

/** An expected failure a handler reports to the user. Anything else thrown becomes INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL'>,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const invalid = (path: string, message: string) =>
  new AppError('VALIDATION', message, [{ path, message }]);
