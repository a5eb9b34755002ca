import type { z } from 'zod';

/**
 * Who may call a channel. `public` is for the few calls made before anyone signs in (first-run
 * setup, the sign-in screen, the app's health); `operator` means any signed-in person;
 * `owner` the owner only. Enforced in main (electron/core/dispatch.ts), never only in the UI.
 */
export type ChannelRole = 'public' | 'operator' | 'owner';

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  role: ChannelRole;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>): ChannelDef<I, O> {
  return def;
}

/**
 * The one check every period filter makes: `.refine(...startNotAfterEnd)`. Either end may be
 * missing; the message goes beside the end field.
 */
export const startNotAfterEnd: [
  (v: { from?: string; to?: string }) => boolean,
  { message: string; path: PropertyKey[] },
] = [(v) => !v.from || !v.to || v.from <= v.to, { message: 'The start is after the end', path: ['to'] }];
