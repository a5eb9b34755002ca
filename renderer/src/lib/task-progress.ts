import { useSyncExternalStore } from 'react';
import type { EventPayload } from '../../../shared/contract';

// The last `task.progress` main sent for each long task (backup, restore, export). One store for
// the whole window, fed by useContractEvents, so any screen (a form, the status bar) can show it.

export type TaskProgress = EventPayload<'task.progress'>;
export type TaskName = TaskProgress['task'];

const latest = new Map<TaskName, TaskProgress>();
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

export function recordTaskProgress(progress: TaskProgress): void {
  latest.set(progress.task, progress);
  changed();
}

/** Forgets a task's last step: called as a new run starts, so it never shows the last run's end. */
export function clearTaskProgress(task: TaskName): void {
  if (latest.delete(task)) changed();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTaskProgress(task: TaskName): TaskProgress | null {
  return useSyncExternalStore(subscribe, () => latest.get(task) ?? null);
}

/** 0–100 for a progress bar; a task that has not reported yet is at its start. */
export function progressPercent(progress: TaskProgress | null): number {
  if (!progress || progress.total <= 0) return 0;
  return Math.min(100, Math.round((progress.done / progress.total) * 100));
}
