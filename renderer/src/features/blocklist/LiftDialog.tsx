import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BlocklistEntry } from '../../../../shared/contract/blocklist';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess, showIssuesOnFields } from '../../lib/errors';
import { localizedResolver } from '../../lib/localized-resolver';
import { useChannelMutation } from '../../lib/query';
import { entryValueText } from '../customer-card/reasons';
import { reasonSchema } from './entry-form';

const resolver = localizedResolver(reasonSchema);

/** The owner lifts an entry, saying why; main refuses anyone else, and the refusal is shown here. */
export function LiftDialog({ entry, onClose }: { entry: BlocklistEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const lift = useChannelMutation('blocklist.lift');
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm<{ reason: string }>({ resolver, defaultValues: { reason: '' } });
  const value = entryValueText(entry.kind, entry.value);

  const submit = form.handleSubmit(async ({ reason }) => {
    setRefusal(null);
    try {
      await lift.mutateAsync({ id: entry.id, reason });
      notifySuccess(t('blocklist.lift.done', { value }));
      onClose();
    } catch (error) {
      if (showIssuesOnFields(error, form.setError, (path) => path === 'reason')) return;
      // Said in the dialog too, where the owner-only decision was attempted.
      if (error instanceof ApiError && error.code === 'FORBIDDEN') setRefusal(errorMessage(error));
      notifyError(error);
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('blocklist.lift.title', { value })} centered size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('blocklist.lift.formLabel')}>
        <Stack gap="sm">
          <Text size="sm">{t('blocklist.lift.explain')}</Text>
          <Textarea
            label={t('blocklist.lift.reason')}
            autosize
            minRows={2}
            data-autofocus
            error={form.formState.errors.reason?.message}
            {...form.register('reason')}
          />
          {refusal && (
            <Alert color="orange" title={t('errors.refusedTitle')}>
              {refusal}
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
            leftSection={<IconLockOpen size={16} />}
            loading={form.formState.isSubmitting}
          >
            {t('blocklist.lift.confirm')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
