import { ActionIcon, Button, Checkbox, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CustomerFormApi } from './customer-form';

/** Phones, each mobile or landline and verified or not; an unparsable one is kept as typed. */
export function PhonesField({ form }: { form: CustomerFormApi }) {
  const { t } = useTranslation();
  const phones = useFieldArray({ control: form.control, name: 'phones' });
  const errors = form.formState.errors.phones;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('customers.form.phones')}
      </Text>
      {phones.fields.map((field, index) => (
        <Group key={field.id} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            flex={1}
            aria-label={t('customers.form.phoneN', { n: index + 1 })}
            error={errors?.[index]?.raw?.message}
            {...form.register(`phones.${index}.raw`)}
          />
          <Controller
            control={form.control}
            name={`phones.${index}.kind`}
            render={({ field: kind }) => (
              <SegmentedControl
                size="sm"
                aria-label={t('customers.form.phoneKindN', { n: index + 1 })}
                data={[
                  { value: 'mobile', label: t('codes.phoneKind.mobile') },
                  { value: 'landline', label: t('codes.phoneKind.landline') },
                ]}
                value={kind.value}
                onChange={(next) => kind.onChange(next)}
              />
            )}
          />
          <Checkbox
            mt={8}
            label={t('customers.form.verified')}
            aria-label={t('customers.form.verifiedN', { n: index + 1 })}
            {...form.register(`phones.${index}.verified`)}
          />
          <ActionIcon
            mt={4}
            variant="subtle"
            color="gray"
            aria-label={t('customers.form.removePhone', { n: index + 1 })}
            onClick={() => phones.remove(index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={() => phones.append({ raw: '', kind: 'mobile', verified: false })}
        >
          {t('customers.form.addPhone')}
        </Button>
      </Group>
    </Stack>
  );
}

/** E-mails or addresses: a list of plain text lines. */
export function TextListField({ form, name }: { form: CustomerFormApi; name: 'emails' | 'addresses' }) {
  const { t } = useTranslation();
  const list = useFieldArray({ control: form.control, name });
  const errors = form.formState.errors[name];
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t(`customers.form.${name}`)}
      </Text>
      {list.fields.map((field, index) => (
        <Group key={field.id} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            flex={1}
            aria-label={t(`customers.form.${name}N`, { n: index + 1 })}
            error={errors?.[index]?.value?.message}
            {...form.register(`${name}.${index}.value`)}
          />
          <ActionIcon
            mt={4}
            variant="subtle"
            color="gray"
            aria-label={t(`customers.form.remove.${name}`, { n: index + 1 })}
            onClick={() => list.remove(index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={() => list.append({ value: '' })}
        >
          {t(`customers.form.add.${name}`)}
        </Button>
      </Group>
    </Stack>
  );
}
