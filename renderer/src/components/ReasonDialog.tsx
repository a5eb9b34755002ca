import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';
import { errorMessage, notifyError } from '../lib/errors';

/**
 * An owner's action that must say why (void a cost line, hide a file): what will happen, a
 * reason field, and a red confirm. An empty reason or the core's refusal shows beside the field;
 * any other refusal above the buttons; the dialog stays open with what was typed.
 */
export function ReasonDialog({
  title,
  explain,
  reasonLabel,
  reasonNeeded,
  confirmLabel,
  confirmIcon,
  pending,
  onConfirm,
  onClose,
}: {
  title: string;
  explain: ReactNode;
  reasonLabel: string;
  /** The message beside an empty reason. */
  reasonNeeded: string;
  confirmLabel: string;
  confirmIcon: ReactNode;
  pending: boolean;
  /** Does the action with the trimmed reason; resolves when it is done (the dialog then closes). */
  onConfirm: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async () => {
    setRefusal(null);
    if (reason.trim() === '') {
      setError(reasonNeeded);
      return;
    }
    setError(null);
    try {
      await onConfirm(reason.trim());
      onClose();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'VALIDATION') setError(errorMessage(failure));
      else if (failure instanceof ApiError) setRefusal(errorMessage(failure));
      else notifyError(failure);
    }
  };

  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{explain}</Text>
          <Textarea
            label={reasonLabel}
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
          <Button type="submit" color="red" leftSection={confirmIcon} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
