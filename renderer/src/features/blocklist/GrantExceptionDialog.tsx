import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlocklistEntry } from '../../../../shared/contract/blocklist';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { useChannelMutation } from '../../lib/query';
import { entryValueText } from '../customer-card/reasons';
import { CustomerPicker } from './CustomerPicker';

/** The owner lets one customer through despite a match; the reason is kept with the entry. */
export function GrantExceptionDialog({ entry, onClose }: { entry: BlocklistEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const grant = useChannelMutation('blocklist.grantException');
  const [customerId, setCustomerId] = useState<number | null>(entry.customerId);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ customer?: string; reason?: string; refusal?: string }>({});
  const value = entryValueText(entry.kind, entry.value);

  const submit = async () => {
    const next: typeof errors = {};
    if (customerId === null) next.customer = t('blocklist.exceptions.pickCustomer');
    if (reason.trim() === '') next.reason = t('blocklist.form.reasonRequired');
    setErrors(next);
    if (customerId === null || next.reason) return;
    try {
      await grant.mutateAsync({ entryId: entry.id, customerId, reason });
      notifySuccess(t('blocklist.exceptions.granted'));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION') {
        setErrors({ reason: errorMessage(error) });
        return;
      }
      if (error instanceof ApiError && error.code === 'FORBIDDEN')
        setErrors({ refusal: errorMessage(error) });
      notifyError(error);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('blocklist.exceptions.dialogTitle', { value })}
      centered
      size="lg"
    >
      <form
        noValidate
        aria-label={t('blocklist.exceptions.dialogTitle', { value })}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('blocklist.exceptions.explain')}</Text>
          {entry.customerId !== null && customerId === entry.customerId ? (
            <Text size="sm">
              {t('blocklist.exceptions.forLinked', { name: entry.customerName ?? '' })}{' '}
              <Button size="compact-xs" variant="subtle" onClick={() => setCustomerId(null)}>
                {t('blocklist.exceptions.someoneElse')}
              </Button>
            </Text>
          ) : (
            <CustomerPicker
              label={t('blocklist.exceptions.customer')}
              value={customerId}
              onChange={setCustomerId}
              error={errors.customer}
            />
          )}
          <Textarea
            label={t('blocklist.exceptions.reason')}
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
          />
          {errors.refusal && (
            <Alert color="orange" title={t('errors.refusedTitle')}>
              {errors.refusal}
            </Alert>
          )}
        </Stack>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color="teal"
            leftSection={<IconUserCheck size={16} />}
            loading={grant.isPending}
          >
            {t('blocklist.exceptions.confirm')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
