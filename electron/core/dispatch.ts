import { z } from 'zod';
import {
  contract,
  isChannelName,
  type AppErrorBody,
  type FieldIssue,
  type Result,
} from '../../shared/contract';
import type { Core } from './app';
import { AppError } from './errors';
import { getStaff } from './staff/queries';

function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

const fail = (error: AppErrorBody): Result<never> => ({ ok: false, error });

const totalChanges = (core: Core): number =>
  (core.ctx?.db.prepare('select total_changes() as n').get() as { n: number } | undefined)?.n ?? 0;

/**
 * The message for a failure nobody expected. When the database changed meanwhile, the change may
 * well have been saved before the failure: "try again" would then do it twice (issue 18.9).
 */
function unexpected(core: Core, changesBefore: number): Result<never> {
  const changed = totalChanges(core) !== changesBefore && !core.ctx?.db.inTransaction;
  return fail({
    code: 'INTERNAL',
    message: changed
      ? 'Something went wrong inside ShopDesk after the change was saved. Check the result before doing it again.'
      : 'Something went wrong inside ShopDesk. Nothing was lost; try again.',
  });
}

/**
 * The one way into core, shared by Electron's IPC binder and the browser harness: look up the
 * channel, parse the input with its schema, check the role, run the handler, map every failure
 * to the closed error set. Nothing raw (stack, SQL) leaves here.
 */
export async function dispatch(core: Core, channel: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    return fail({ code: 'NOT_FOUND', message: `There is no "${String(channel)}" action.` });
  }
  const def = contract[channel];
  const ctx = core.ctx;
  if (!ctx) {
    if (channel === 'app.status') return { ok: true, data: core.status };
    return fail({ code: 'INTERNAL', message: core.status.problem?.message ?? 'The database is not open.' });
  }

  // Role first: someone who may not call a channel learns nothing about its input.
  if (def.role !== 'public') {
    const user = ctx.session.staffId === null ? undefined : getStaff(ctx.db, ctx.session.staffId);
    if (!user || user.active !== 1) {
      return fail({ code: 'FORBIDDEN', message: 'Sign in first.' });
    }
    if (def.role === 'owner' && user.role !== 'owner') {
      return fail({ code: 'FORBIDDEN', message: 'Only the owner can do this.' });
    }
  }

  const parsed = def.input.safeParse(rawInput);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    return fail({ code: 'VALIDATION', message: issues[0]?.message ?? 'The input is not valid.', issues });
  }

  const changesBefore = totalChanges(core);
  try {
    const handler = core.handlers[channel] as (c: typeof ctx, i: unknown) => unknown;
    const output = await handler(ctx, parsed.data);
    if (core.checkOutputs) {
      const checked = def.output.safeParse(output);
      if (!checked.success) {
        core.log(`output of ${channel} does not match the contract`, checked.error);
        return unexpected(core, changesBefore);
      }
      return { ok: true, data: checked.data };
    }
    return { ok: true, data: output };
  } catch (error) {
    if (error instanceof AppError) {
      return fail({
        code: error.code,
        message: error.message,
        ...(error.issues ? { issues: error.issues } : {}),
      });
    }
    if (error instanceof z.ZodError) {
      const issues = fieldIssues(error);
      return fail({ code: 'VALIDATION', message: issues[0]?.message ?? 'The input is not valid.', issues });
    }
    const sqliteCode = (error as { code?: unknown }).code;
    if (sqliteCode === 'SQLITE_CONSTRAINT_UNIQUE') {
      return fail({ code: 'CONFLICT', message: 'This already exists.' });
    }
    core.log(`${channel} failed`, error);
    return unexpected(core, changesBefore);
  }
}
