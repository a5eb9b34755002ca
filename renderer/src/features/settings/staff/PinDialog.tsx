import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localizedResolver } from '../../../lib/localized-resolver';
import type { StaffMember } from '../../../../../shared/contract/staff';
import { notifyError, notifySuccess, showIssuesOnFields } from '../../../lib/errors';
import { useChannelMutation } from '../../../lib/query';
import { pinSchema } from './staff-forms';

const pinResolver = localizedResolver(pinSchema);

interface PinInput {
  pin: string;
  pinRepeat: string;
}

/** Sets a new PIN (the person's old one stops working at once). */
export function PinDialog({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const { t } = useTranslation();
  const setPin = useChannelMutation('staff.setPin');
  const form = useForm<PinInput>({
    resolver: pinResolver,
    defaultValues: { pin: '', pinRepeat: '' },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async ({ pin }) => {
    try {
      await setPin.mutateAsync({ id: member.id, pin });
      notifySuccess(t('staff.pinSet', { name: member.name }));
      onClose();
    } catch (error) {
      if (!showIssuesOnFields(error, form.setError, (path) => path === 'pin')) notifyError(error);
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('staff.pinTitle', { name: member.name })} centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <PasswordInput
            label={t('staff.pin')}
            description={t('setup.pinHint')}
            inputMode="numeric"
            autoComplete="new-password"
            data-autofocus
            error={errors.pin?.message}
            {...form.register('pin')}
          />
          <PasswordInput
            label={t('setup.pinRepeat')}
            inputMode="numeric"
            autoComplete="new-password"
            error={errors.pinRepeat?.message}
            {...form.register('pinRepeat')}
          />
        </Stack>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('staff.savePin')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
