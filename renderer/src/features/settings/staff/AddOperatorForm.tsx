import { Button, Group, PasswordInput, Text, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localizedResolver } from '../../../lib/localized-resolver';
import { notifyError, notifySuccess, showIssuesOnFields } from '../../../lib/errors';
import { useChannelMutation } from '../../../lib/query';
import { addOperatorSchema } from './staff-forms';

const addOperatorResolver = localizedResolver(addOperatorSchema);

interface AddOperatorInput {
  name: string;
  pin: string;
}

export function AddOperatorForm() {
  const { t } = useTranslation();
  const create = useChannelMutation('staff.createOperator');
  const form = useForm<AddOperatorInput, unknown, { name: string; pin?: string | undefined }>({
    resolver: addOperatorResolver,
    defaultValues: { name: '', pin: '' },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    try {
      const created = await create.mutateAsync(input);
      form.reset();
      notifySuccess(t('staff.added', { name: created.name }));
    } catch (error) {
      if (!showIssuesOnFields(error, form.setError, (path) => path === 'name' || path === 'pin'))
        notifyError(error);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('staff.addTitle')}>
      <Group align="flex-start" gap="sm">
        <TextInput
          label={t('staff.newName')}
          placeholder={t('staff.newNamePlaceholder')}
          error={errors.name?.message}
          w={260}
          {...form.register('name')}
        />
        <PasswordInput
          label={t('staff.newPin')}
          inputMode="numeric"
          autoComplete="new-password"
          error={errors.pin?.message}
          w={220}
          {...form.register('pin')}
        />
        <Button
          type="submit"
          mt={22}
          leftSection={<IconUserPlus size={16} />}
          loading={form.formState.isSubmitting}
        >
          {t('staff.add')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={6}>
        {t('staff.newPinHint')}
      </Text>
    </form>
  );
}
