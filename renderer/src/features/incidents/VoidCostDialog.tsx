import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconReceiptOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../../shared/contract/incidents';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';

type CostLine = IncidentDetail['costs'][number];

/** The owner crosses out a wrong line, saying why; it stays on the incident. */
export function VoidCostDialog({ line, onClose }: { line: CostLine; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const voidCost = useChannelMutation('incidents.voidCost');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const kind = t(`codes.costKind.${line.kind}`);
  const amount = format.money(line.amount);

  const submit = async () => {
    setRefusal(null);
    if (reason.trim() === '') {
      setError(t('incidents.reasonNeeded'));
      return;
    }
    setError(null);
    try {
      await voidCost.mutateAsync({ costId: line.id, reason: reason.trim() });
      notifySuccess(t('incidents.costs.voidDone'));
      onClose();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'VALIDATION') setError(errorMessage(failure));
      else if (failure instanceof ApiError) setRefusal(errorMessage(failure));
      else notifyError(failure);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('incidents.costs.voidTitle')} centered size="lg">
      <form
        noValidate
        aria-label={t('incidents.costs.voidTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('incidents.costs.voidExplain', { kind, amount })}</Text>
          <Textarea
            label={t('incidents.costs.voidReason')}
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
          <Button
            type="submit"
            color="red"
            leftSection={<IconReceiptOff size={16} />}
            loading={voidCost.isPending}
          >
            {t('incidents.costs.voidConfirm')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
