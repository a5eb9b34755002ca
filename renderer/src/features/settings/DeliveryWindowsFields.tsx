import { ActionIcon, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ShopSettingsFormApi } from './shop-settings-form';

const MAX_WINDOWS = 12;

/** The delivery windows customers can pick, e.g. 11:00–14:00. */
export function DeliveryWindowsFields({ form }: { form: ShopSettingsFormApi }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'deliveryWindows' });
  const errors = form.formState.errors.deliveryWindows;
  const listError = errors?.message ?? errors?.root?.message;

  return (
    <div role="group" aria-labelledby="delivery-windows-title">
      <Title order={4} id="delivery-windows-title">
        {t('settings.windows.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.windows.hint')}
      </Text>
      <Stack gap="xs">
        {fields.map((field, index) => (
          <Group key={field.id} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={t('settings.windows.from', { number: index + 1 })}
              placeholder="11:00"
              w={110}
              error={errors?.[index]?.from?.message}
              {...form.register(`deliveryWindows.${index}.from`)}
            />
            <Text pt={6} aria-hidden>
              –
            </Text>
            <TextInput
              aria-label={t('settings.windows.to', { number: index + 1 })}
              placeholder="14:00"
              w={110}
              error={errors?.[index]?.to?.message}
              {...form.register(`deliveryWindows.${index}.to`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              mt={2}
              aria-label={t('settings.windows.remove', { number: index + 1 })}
              disabled={fields.length <= 1}
              onClick={() => remove(index)}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={16} />}
          disabled={fields.length >= MAX_WINDOWS}
          onClick={() => append({ from: '', to: '' })}
        >
          {t('settings.windows.add')}
        </Button>
      </Stack>
      {listError && (
        <Text size="sm" c="red" mt="xs" role="alert">
          {listError}
        </Text>
      )}
    </div>
  );
}
