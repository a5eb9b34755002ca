import { Autocomplete, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Courier } from '../../../../shared/contract/couriers';
import { DELIVERY_METHODS, PAYMENT_METHODS, PAYMENT_STATUSES } from '../../../../shared/domain/enums';
import type { DeliveryWindow } from '../../../../shared/domain/settings';
import { MoneyField } from '../../components/MoneyField';
import { NO_WINDOW, PRECISE, windowKey, type OrderFormValues, type OrderInput } from './order-form';

type Form = UseFormReturn<OrderFormValues, unknown, OrderInput>;

interface DeliveryFieldsProps {
  form: Form;
  currency: string;
  windows: DeliveryWindow[];
  couriers: Courier[];
  addresses: string[];
}

/** Payment and delivery: how it is paid, how and when it goes, with whom. */
export function DeliveryFields({ form, currency, windows, couriers, addresses }: DeliveryFieldsProps) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  const windowChoice = useWatch({ control: form.control, name: 'windowChoice' });
  const select = (
    name: 'paymentMethod' | 'paymentStatus' | 'deliveryMethod',
    label: string,
    data: { value: string; label: string }[],
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          allowDeselect={false}
          data={data}
          value={field.value}
          onChange={(value) => value && field.onChange(value)}
          error={errors[name]?.message}
        />
      )}
    />
  );

  return (
    <>
      <SimpleGrid cols={3} spacing="sm">
        <Controller
          control={form.control}
          name="deliveryFee"
          render={({ field }) => (
            <MoneyField
              label={t('orders.form.deliveryFee')}
              currency={currency}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.deliveryFee?.message}
            />
          )}
        />
        {select(
          'paymentMethod',
          t('orders.form.paymentMethod'),
          PAYMENT_METHODS.map((value) => ({ value, label: t(`codes.paymentMethod.${value}`) })),
        )}
        {select(
          'paymentStatus',
          t('orders.form.paymentStatus'),
          PAYMENT_STATUSES.map((value) => ({ value, label: t(`codes.paymentStatus.${value}`) })),
        )}
      </SimpleGrid>
      <SimpleGrid cols={4} spacing="sm">
        {select(
          'deliveryMethod',
          t('orders.form.deliveryMethod'),
          DELIVERY_METHODS.map((value) => ({ value, label: t(`codes.deliveryMethod.${value}`) })),
        )}
        <Controller
          control={form.control}
          name="courierId"
          render={({ field }) => (
            <Select
              label={t('orders.form.courier')}
              placeholder={t('orders.form.noCourier')}
              clearable
              data={couriers.map((courier) => ({ value: String(courier.id), label: courier.name }))}
              value={field.value}
              onChange={field.onChange}
              error={errors.courierId?.message}
            />
          )}
        />
        <TextInput
          label={t('orders.form.trackingNumber')}
          error={errors.trackingNumber?.message}
          {...form.register('trackingNumber')}
        />
        <TextInput
          label={t('orders.form.parcelWeight')}
          inputMode="decimal"
          rightSection={t('orders.form.kg')}
          error={errors.parcelWeight?.message}
          {...form.register('parcelWeight')}
        />
      </SimpleGrid>
      <Controller
        control={form.control}
        name="address"
        render={({ field }) => (
          <Autocomplete
            label={t('orders.form.address')}
            description={addresses.length > 1 ? t('orders.form.addressHint') : undefined}
            data={addresses}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.address?.message}
          />
        )}
      />
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <TextInput
          w={180}
          type="date"
          label={t('orders.form.deliveryDate')}
          error={errors.deliveryDate?.message}
          {...form.register('deliveryDate')}
        />
        <Controller
          control={form.control}
          name="windowChoice"
          render={({ field }) => (
            <Select
              w={220}
              label={t('orders.form.window')}
              allowDeselect={false}
              data={[
                { value: NO_WINDOW, label: t('orders.form.noWindow') },
                ...windows.map((w) => ({ value: windowKey(w), label: `${w.from}–${w.to}` })),
                { value: PRECISE, label: t('orders.form.preciseTime') },
              ]}
              value={field.value}
              onChange={(value) => value && field.onChange(value)}
              error={errors.windowChoice?.message}
            />
          )}
        />
        {windowChoice === PRECISE && (
          <>
            <TextInput
              w={110}
              label={t('orders.form.windowFrom')}
              placeholder="12:30"
              error={errors.windowFrom?.message}
              {...form.register('windowFrom')}
            />
            <TextInput
              w={110}
              label={t('orders.form.windowTo')}
              placeholder="13:00"
              error={errors.windowTo?.message}
              {...form.register('windowTo')}
            />
          </>
        )}
      </Group>
    </>
  );
}
