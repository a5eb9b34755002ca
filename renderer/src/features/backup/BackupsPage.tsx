import { Alert, Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract/backup';
import type { SessionUser } from '../../../../shared/contract/session';
import { errorMessage } from '../../lib/errors';
import { useChannelQuery } from '../../lib/query';
import { BackupList } from './BackupList';
import { BackupNowSection } from './BackupNowSection';
import { BackupSettingsSection } from './BackupSettingsSection';
import { RestoreSection, type RestorePick } from './RestoreSection';
import { SettingsPageFrame } from './SettingsPageFrame';

/** Settings → Backups (owner only): back up now, the backups kept, restore, and the schedule. */
export function BackupsPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const settings = useChannelQuery('settings.get', {});
  const status = useChannelQuery('backup.status', {});
  // A pick from the list starts the restore form afresh with that backup (a new key remounts it).
  const [pick, setPick] = useState<{ seq: number; value: RestorePick } | null>(null);
  const onRestore = (backup: BackupInfo) =>
    setPick((current) => ({
      seq: (current?.seq ?? 0) + 1,
      value: { location: backup.path, encrypted: backup.encrypted },
    }));
  const defaultFolder =
    settings.data && settings.data.backup.folder === null ? (status.data?.folder ?? null) : null;

  return (
    <SettingsPageFrame user={user}>
      <BackupNowSection folder={status.data?.folder} />
      <BackupList onRestore={onRestore} />
      <RestoreSection key={pick?.seq ?? 0} pick={pick?.value ?? null} />
      {settings.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {settings.isError && <Alert color="red">{errorMessage(settings.error)}</Alert>}
      {settings.data && <BackupSettingsSection settings={settings.data} defaultFolder={defaultFolder} />}
    </SettingsPageFrame>
  );
}
