import { ActionIcon, Box, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parseMoney } from '../../../../shared/domain/money';
import { MoneyField } from '../../components/MoneyField';
import { useFormatters } from '../../lib/format';
import { emptyItem, itemsTotal, type OrderFormValues, type OrderInput } from './order-form';

type Form = UseFormReturn<OrderFormValues, unknown, OrderInput>;

const COLUMNS = 'minmax(200px, 3fr) minmax(90px, 1fr) 80px 130px 120px 32px';

/** The order's lines with their sums and the live totals under them. */
export function ItemsField({ form, currency }: { form: Form; currency: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'items' });
  const [items, feeText] = useWatch({ control: form.control, name: ['items', 'deliveryFee'] });
  const errors = form.formState.errors.items;
  const goods = itemsTotal(items, currency);
  const fee = Math.max(0, parseMoney(feeText, currency) ?? 0);
  const lineSum = (index: number) => {
    const item = items[index];
    if (!item) return null;
    const quantity = /^\d+$/.test(item.quantity.trim()) ? Number(item.quantity.trim()) : null;
    const price = parseMoney(item.unitPrice, currency);
    return quantity === null || price === null ? null : quantity * price;
  };
  const rootError = errors?.root?.message ?? errors?.message;

  return (
    <Stack gap={6} role="group" aria-labelledby="items-heading">
      <Group justify="space-between">
        <Text fw={600} id="items-heading">
          {t('orders.form.items')}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => append(emptyItem())}
        >
          {t('orders.form.addItemButton')}
        </Button>
      </Group>
      <Box style={{ display: 'grid', gridTemplateColumns: COLUMNS, gap: 8 }} aria-hidden>
        {[
          t('orders.form.col.title'),
          t('orders.form.col.sku'),
          t('orders.form.col.quantity'),
          t('orders.form.col.unitPrice'),
          t('orders.form.col.sum'),
        ].map((label, index) => (
          <Text
            key={label}
            size="xs"
            c="dimmed"
            fw={700}
            tt="uppercase"
            ta={index === 4 ? 'right' : undefined}
          >
            {label}
          </Text>
        ))}
      </Box>
      {fields.map((field, index) => {
        const line = errors?.[index];
        const sum = lineSum(index);
        return (
          <Box
            key={field.id}
            data-testid="item-row"
            style={{ display: 'grid', gridTemplateColumns: COLUMNS, gap: 8, alignItems: 'start' }}
          >
            <TextInput
              size="sm"
              aria-label={t('orders.form.itemTitle', { n: index + 1 })}
              error={line?.title?.message}
              {...form.register(`items.${index}.title`)}
            />
            <TextInput
              size="sm"
              aria-label={t('orders.form.itemSku', { n: index + 1 })}
              error={line?.sku?.message}
              {...form.register(`items.${index}.sku`)}
            />
            <TextInput
              size="sm"
              inputMode="numeric"
              aria-label={t('orders.form.itemQuantity', { n: index + 1 })}
              error={line?.quantity?.message}
              {...form.register(`items.${index}.quantity`)}
            />
            <Controller
              control={form.control}
              name={`items.${index}.unitPrice`}
              render={({ field: price }) => (
                <MoneyField
                  size="sm"
                  aria-label={t('orders.form.itemPrice', { n: index + 1 })}
                  currency={currency}
                  value={price.value}
                  onChange={price.onChange}
                  onBlur={price.onBlur}
                  ref={price.ref}
                  error={line?.unitPrice?.message}
                />
              )}
            />
            <Text size="sm" ta="right" pt={6} data-testid="item-sum">
              {sum === null ? '—' : format.money(sum)}
            </Text>
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={3}
              aria-label={t('orders.form.removeItem', { n: index + 1 })}
              onClick={() => remove(index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Box>
        );
      })}
      {fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('orders.form.noItems')}
        </Text>
      )}
      {rootError && (
        <Text size="sm" c="red.7" role="alert" data-testid="items-error">
          {rootError}
        </Text>
      )}
      <Stack gap={2} align="flex-end" pr={40} data-testid="order-totals">
        <Text size="sm">
          {t('orders.form.goodsTotal')}: <b>{format.money(goods)}</b>
        </Text>
        <Text size="sm">
          {t('orders.form.deliveryFee')}: <b>{format.money(fee)}</b>
        </Text>
        <Text size="md" fw={700} data-testid="order-total">
          {t('orders.form.total')}: {format.money(goods + fee)}
        </Text>
      </Stack>
    </Stack>
  );
}
