import { Progress, Stack, Text } from '@mantine/core';
import { progressPercent, useTaskProgress, type TaskName } from '../../lib/task-progress';

/**
 * Where a long task is, from main's `task.progress` steps: a bar and the step in words. Shown
 * only while the task runs; before the first step arrives it stands at the start.
 */
export function TaskProgressBar({
  task,
  label,
  describe,
}: {
  task: TaskName;
  /** The bar's accessible name: what is running. */
  label: string;
  describe: (step: string | null) => string;
}) {
  const progress = useTaskProgress(task);
  const percent = progressPercent(progress);
  return (
    <Stack gap={4} data-testid={`${task}-progress`}>
      <Progress value={Math.max(percent, 4)} animated striped aria-label={label} size="lg" />
      <Text size="sm" c="dimmed" aria-live="polite">
        {describe(progress?.step ?? null)}
      </Text>
    </Stack>
  );
}
