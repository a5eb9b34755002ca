import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api';
import { notifyError, notifySuccess, showIssuesOnFields } from '../../lib/errors';
import { localizedResolver } from '../../lib/localized-resolver';
import { useChannelMutation } from '../../lib/query';
import { warnAboutHits } from './blocklist-warning';
import { ExistingCustomerNotice } from './ExistingCustomerNotice';

interface NewCustomerValues {
  name: string;
  phone: string;
  phoneKind: 'mobile' | 'landline';
  email: string;
  address: string;
  note: string;
}

function newCustomerSchema(t: TFunction) {
  return z.object({
    name: z
      .string()
      .trim()
      .max(200, t('validation.maxLength', { max: 200 })),
    phone: z
      .string()
      .trim()
      .max(100, t('validation.maxLength', { max: 100 })),
    phoneKind: z.enum(['mobile', 'landline']),
    email: z.union([z.literal(''), z.string().trim().email(t('customers.form.badEmail'))]),
    address: z
      .string()
      .trim()
      .max(500, t('validation.maxLength', { max: 500 })),
    note: z.string().max(4000, t('validation.maxLength', { max: 4000 })),
  });
}
const resolver = localizedResolver(newCustomerSchema);

// Main names list items by index ("phones.0.raw"); this form has one of each.
const ISSUE_FIELD: Record<string, keyof NewCustomerValues> = {
  name: 'name',
  'phones.0.raw': 'phone',
  'emails.0': 'email',
  'addresses.0': 'address',
  note: 'note',
};

interface CreateCustomerDialogProps {
  onClose: (createdId?: number) => void;
  /** What the operator typed at the call desk (or the order form's customer field). */
  phone?: string;
  email?: string;
  name?: string;
}

/** A new customer from the essentials; everything else is on the customer page. */
export function CreateCustomerDialog({
  onClose,
  phone = '',
  email = '',
  name = '',
}: CreateCustomerDialogProps) {
  const { t } = useTranslation();
  const create = useChannelMutation('customers.create');
  const form = useForm<NewCustomerValues>({
    resolver,
    defaultValues: { name, phone, phoneKind: 'mobile', email, address: '', note: '' },
  });
  const { errors } = form.formState;
  const [typedPhone, typedEmail] = useWatch({ control: form.control, name: ['phone', 'email'] });

  const submit = form.handleSubmit(async (values) => {
    try {
      const created = await create.mutateAsync({
        name: values.name,
        phones: values.phone ? [{ raw: values.phone, kind: values.phoneKind, verified: false }] : [],
        emails: values.email ? [values.email] : [],
        addresses: values.address ? [values.address] : [],
        note: values.note,
      });
      notifySuccess(t('customers.created', { name: values.name || values.phone }));
      warnAboutHits(created.hits);
      onClose(created.id);
    } catch (error) {
      const mapped =
        error instanceof ApiError
          ? new ApiError({
              code: error.code,
              message: error.message,
              issues: error.issues.map((issue) => ({
                ...issue,
                path: ISSUE_FIELD[issue.path] ?? issue.path,
              })),
            })
          : error;
      if (
        !showIssuesOnFields(mapped, form.setError, (path) =>
          Object.values(ISSUE_FIELD).includes(path as never),
        )
      )
        notifyError(error);
    }
  });

  return (
    <Modal opened onClose={() => onClose()} title={t('customers.newTitle')} size="lg" centered>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('customers.newTitle')}>
        <Stack gap="sm">
          <TextInput
            label={t('customers.form.name')}
            data-autofocus
            error={errors.name?.message}
            {...form.register('name')}
          />
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              flex={1}
              label={t('customers.form.phone')}
              error={errors.phone?.message}
              {...form.register('phone')}
            />
            <Controller
              control={form.control}
              name="phoneKind"
              render={({ field }) => (
                <SegmentedControl
                  aria-label={t('customers.form.phoneKind')}
                  data={[
                    { value: 'mobile', label: t('codes.phoneKind.mobile') },
                    { value: 'landline', label: t('codes.phoneKind.landline') },
                  ]}
                  value={field.value}
                  onChange={(next) => field.onChange(next)}
                />
              )}
            />
          </Group>
          <TextInput
            label={t('customers.form.email')}
            error={errors.email?.message}
            {...form.register('email')}
          />
          <TextInput
            label={t('customers.form.address')}
            error={errors.address?.message}
            {...form.register('address')}
          />
          <Textarea
            label={t('customers.form.note')}
            autosize
            minRows={2}
            error={errors.note?.message}
            {...form.register('note')}
          />
          <ExistingCustomerNotice phone={typedPhone} email={typedEmail} onOpen={() => onClose()} />
          <Text size="xs" c="dimmed">
            {t('customers.newHint')}
          </Text>
        </Stack>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => onClose()}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            leftSection={<IconUserPlus size={16} />}
            loading={form.formState.isSubmitting}
          >
            {t('customers.create')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
