import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TaskProgressBar } from './TaskProgressBar';
import { backupStepText } from './BackupNowSection';

interface RestoreConfirmDialogProps {
  opened: boolean;
  date: string;
  counts: string;
  running: boolean;
  onClose: () => void;
  onConfirm: () => void;
}

/** The last word before the shop's data is replaced; it stays open, with progress, until done. */
export function RestoreConfirmDialog({
  opened,
  date,
  counts,
  running,
  onClose,
  onConfirm,
}: RestoreConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={() => !running && onClose()}
      title={t('backup.restore.confirmTitle')}
      centered
      closeOnClickOutside={!running}
      closeOnEscape={!running}
      withCloseButton={!running}
    >
      <Stack gap="sm">
        <Text size="sm">{t('backup.restore.confirmText', { date, counts })}</Text>
        <Alert color="orange" variant="light" icon={<IconLogout size={18} />}>
          {t('backup.restore.confirmSignIn')}
        </Alert>
        {running && (
          <TaskProgressBar
            task="restore"
            label={t('backup.restore.running')}
            describe={(step) => backupStepText(t, step)}
          />
        )}
      </Stack>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} disabled={running} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm} loading={running}>
          {t('backup.restore.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
