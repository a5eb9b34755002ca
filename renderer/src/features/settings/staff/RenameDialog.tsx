import { Button, Group, Modal, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localizedResolver } from '../../../lib/localized-resolver';
import type { StaffMember } from '../../../../../shared/contract/staff';
import { notifyError, notifySuccess, showIssuesOnFields } from '../../../lib/errors';
import { useChannelMutation } from '../../../lib/query';
import { renameSchema } from './staff-forms';

const renameResolver = localizedResolver(renameSchema);

export function RenameDialog({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useChannelMutation('staff.update');
  const form = useForm<{ name: string }>({
    resolver: renameResolver,
    defaultValues: { name: member.name },
  });

  const submit = form.handleSubmit(async ({ name }) => {
    try {
      const saved = await update.mutateAsync({ id: member.id, name });
      notifySuccess(t('staff.renamed', { name: saved.name }));
      onClose();
    } catch (error) {
      if (!showIssuesOnFields(error, form.setError, (path) => path === 'name')) notifyError(error);
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('staff.renameTitle', { name: member.name })} centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          label={t('staff.name')}
          data-autofocus
          error={form.formState.errors.name?.message}
          {...form.register('name')}
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
