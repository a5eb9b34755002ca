import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../../shared/contract/incidents';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { useChannelMutation } from '../../lib/query';

type Evidence = IncidentDetail['evidence'][number];

/** The owner hides a file from the incident, saying why; main keeps it on disk and in the history. */
export function RemoveEvidenceDialog({ file, onClose }: { file: Evidence; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useChannelMutation('incidents.removeEvidence');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async () => {
    setRefusal(null);
    if (reason.trim() === '') {
      setError(t('incidents.reasonNeeded'));
      return;
    }
    setError(null);
    try {
      await remove.mutateAsync({ id: file.id, reason: reason.trim() });
      notifySuccess(t('incidents.evidence.removeDone', { name: file.fileName }));
      onClose();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'VALIDATION') setError(errorMessage(failure));
      else if (failure instanceof ApiError) setRefusal(errorMessage(failure));
      else notifyError(failure);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('incidents.evidence.removeTitle', { name: file.fileName })}
      centered
      size="lg"
    >
      <form
        noValidate
        aria-label={t('incidents.evidence.removeTitle', { name: file.fileName })}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('incidents.evidence.removeExplain')}</Text>
          <Textarea
            label={t('incidents.evidence.removeReason')}
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
          />
          {refusal && <Alert color="orange">{refusal}</Alert>}
        </Stack>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" leftSection={<IconTrash size={16} />} loading={remove.isPending}>
            {t('incidents.evidence.removeConfirm')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
