import type { Channel } from './incident-types';
import { Weighted, type Rng } from './random';

// Small helpers the cause profiles share: weighted tables, amounts in kopecks, typical channels.

export const w = <T>(...entries: [T, number][]) => new Weighted<T>(entries);
export const roubles = (rng: Rng, lo: number, hi: number) => rng.int(lo, hi) * 100;
export const part = (rng: Rng, amount: number, lo: number, hi: number) =>
  Math.round((amount * rng.int(lo, hi)) / 100);

export const CALLS: Weighted<Channel> = w(['phone', 70], ['messenger', 20], ['email', 10]);
export const WRITTEN: Weighted<Channel> = w(['email', 45], ['messenger', 35], ['phone', 20]);
export const COURIER: Weighted<Channel> = w(['courier_report', 85], ['phone', 15]);
