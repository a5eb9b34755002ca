import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconPencilCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { parseMoney } from '../../../../shared/domain/money';
import { MoneyField } from '../../components/MoneyField';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';

type Handover = ChannelOutput<'cash.day'>[number]['records'][number];

/** A mistyped handover put right: the right amount and why, as a new audited entry. */
export function CorrectHandoverDialog({ handover, onClose }: { handover: Handover; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const correct = useChannelMutation('cash.correct');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; reason?: string }>({});
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async () => {
    const minor = parseMoney(amount, format.currency);
    const found = {
      amount: minor === null || minor < 0 ? t('validation.amount') : undefined,
      reason: reason.trim() === '' ? t('plan.cash.reasonNeeded') : undefined,
    };
    setErrors(found);
    setRefusal(null);
    if (found.amount || found.reason || minor === null) return;
    try {
      await correct.mutateAsync({ id: handover.id, amount: minor, reason: reason.trim() });
      notifySuccess(t('plan.cash.corrected', { amount: format.money(minor) }), { brief: true });
      onClose();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'VALIDATION') setRefusal(errorMessage(failure));
      else notifyError(failure);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('plan.cash.correctTitle')} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {t('plan.cash.correctExplain', { amount: format.money(handover.handedOver) })}
          </Text>
          <MoneyField
            label={t('plan.cash.rightAmount')}
            currency={format.currency}
            value={amount}
            onChange={setAmount}
            error={errors.amount}
            data-autofocus
          />
          <Textarea
            label={t('plan.cash.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
            autosize
            minRows={2}
          />
          {refusal && <Alert color="red">{refusal}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" leftSection={<IconPencilCheck size={16} />} loading={correct.isPending}>
              {t('plan.cash.correctConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
