import { Group, Loader, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconDatabase } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionUser } from '../../../../shared/contract/session';
import { call } from '../../lib/api';
import { channelKey } from '../../lib/query';
import { useTaskProgress } from '../../lib/task-progress';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** backup.status also follows `data.changed` for "backup"; this only catches a week passing. */
const POLL = 10 * MINUTE;

/** "5 min", "3 hr", "9 days" in the interface language. */
export function ageText(ms: number, locale: string): string | null {
  if (ms < MINUTE) return null;
  const [value, unit] =
    ms < HOUR
      ? [Math.floor(ms / MINUTE), 'minute']
      : ms < 2 * DAY
        ? [Math.floor(ms / HOUR), 'hour']
        : [Math.floor(ms / DAY), 'day'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/** Re-renders once a minute so an age on screen stays true without asking main. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * The age of the last good backup, in the status bar; in the warning colour when there is none or
 * it is older than a week. For the owner it is a button to the Backups page.
 */
export function BackupStatusItem({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const now = useMinuteClock();
  const status = useQuery({
    queryKey: channelKey('backup.status', {}),
    queryFn: () => call('backup.status', {}),
    refetchInterval: POLL,
  });
  // A backup starting (the owner's, or the automatic one on start) shows here while it runs;
  // its end comes as `data.changed` for "backup".
  const backupStep = useTaskProgress('backup')?.step;
  const { refetch } = status;
  useEffect(() => {
    if (backupStep === 'database') void refetch();
  }, [backupStep, refetch]);
  if (!status.data) return null;
  const { lastBackupAt, stale, running } = status.data;
  const age = lastBackupAt === null ? null : ageText(Math.max(0, now - lastBackupAt), i18n.language);
  const text = running
    ? t('backup.status.running')
    : lastBackupAt === null
      ? t('backup.status.none')
      : age === null
        ? t('backup.status.justNow')
        : t(stale ? 'backup.status.staleAgo' : 'backup.status.ago', { age });
  const warn = stale && !running;
  const color = warn ? 'orange.8' : 'dimmed';
  const content = (
    <Group gap={6} wrap="nowrap" data-testid="status-backup" data-stale={warn ? 'true' : 'false'}>
      {running ? (
        <Loader size={14} />
      ) : warn ? (
        <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
      ) : (
        <IconDatabase size={16} aria-hidden />
      )}
      <Text size="sm" c={color} fw={warn ? 600 : undefined}>
        {text}
      </Text>
    </Group>
  );
  const hint =
    user.role !== 'owner'
      ? warn
        ? t('backup.status.operatorHint')
        : null
      : warn
        ? t('backup.status.staleHint')
        : t('backup.status.openHint');
  if (user.role !== 'owner') {
    return hint ? (
      <Tooltip label={hint}>
        <div>{content}</div>
      </Tooltip>
    ) : (
      content
    );
  }
  return (
    <Tooltip label={hint}>
      <UnstyledButton
        onClick={() => void navigate('/settings/backups')}
        aria-label={`${text}. ${hint ?? ''}`}
        px={6}
        py={2}
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      >
        {content}
      </UnstyledButton>
    </Tooltip>
  );
}
