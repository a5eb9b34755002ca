import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/contract/orders';
import { localDate } from '../../../../shared/domain/dates';
import type { Settings } from '../../../../shared/domain/settings';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError } from '../../lib/errors';
import { localizedResolver } from '../../lib/localized-resolver';
import { displayPhone } from '../../lib/phone-display';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { translateServerMessage } from '../../locales/server-messages';
import { CustomerField } from './CustomerField';
import { DeliveryFields } from './DeliveryFields';
import { ItemsField } from './ItemsField';
import {
  issueField,
  newOrderValues,
  orderSchema,
  orderToValues,
  type OrderFormValues,
  type OrderInput,
} from './order-form';
import { ChequeField } from './ChequeField';
import { OrderSignals } from './OrderSignals';
import { OverrideNote } from './OverrideNote';
import { PolicyRefusal } from './PolicyRefusal';
import { useOrderCheck } from './use-order-check';
import { useUnsavedChanges } from '../shell/unsaved-changes';

interface OrderFormProps {
  settings: Settings;
  isOwner: boolean;
  /** The order being edited; absent for a new one. */
  order?: Order;
  initialCustomerId?: number | null;
  onSaved: (order: Order) => void;
  onCancel: () => void;
  /** Loads the order afresh after a CONFLICT (someone changed it meanwhile). */
  onReload?: () => void;
}

/** A new order or an edit: checked here for form, by main for the rest, issues beside each field. */
export function OrderForm({ settings, isOwner, order, initialCustomerId = null, ...props }: OrderFormProps) {
  const { t, i18n } = useTranslation();
  const currency = settings.currency;
  // The shop's today when the form opened: the default and the latest "ordered on".
  const [today] = useState(() => localDate(Date.now(), settings.timeZone));
  const resolver = useMemo(
    () => localizedResolver((tr) => orderSchema(tr, currency, today)),
    [currency, today],
  );
  const form = useForm<OrderFormValues, unknown, OrderInput>({
    resolver,
    defaultValues: order
      ? orderToValues(order, settings.deliveryWindows, currency, i18n.language)
      : newOrderValues(initialCustomerId, today),
  });
  const { errors } = form.formState;
  useUnsavedChanges(form.formState.isDirty && !form.formState.isSubmitting, 'order');
  const create = useChannelMutation('orders.create');
  const update = useChannelMutation('orders.update');
  const couriers = useChannelQuery('couriers.list', { includeInactive: false });
  // Main's refusal of a save, kept with the live check it was given against: once the draft
  // changes (a new check arrives), the live check speaks again and the old refusal is gone.
  const [serverRefusal, setRefused] = useState<{ message: string; against: unknown } | null>(null);
  const [conflict, setConflict] = useState(false);

  const customerId = useWatch({ control: form.control, name: 'customerId' });
  const card = useChannelQuery('customers.card', { id: customerId ?? 1 }, { enabled: customerId !== null });
  const customer = customerId !== null && card.data?.customer.id === customerId ? card.data : undefined;
  const live = useOrderCheck(form.control, currency, order?.id);
  const check = live.check;
  const paymentMethod = useWatch({ control: form.control, name: 'paymentMethod' });
  // What saving would refuse now, and what the owner already accepted for this order.
  const refusing = (check?.violations ?? []).filter((v) => !v.accepted);
  const refusal = serverRefusal !== null && serverRefusal.against === check ? serverRefusal.message : null;
  const refused = refusing.length > 0 || refusal !== null;

  // A new order takes the customer's first address and preferred courier, once per customer.
  const defaulted = useRef<number | null>(order ? order.customer.id : null);
  useEffect(() => {
    if (!customer || defaulted.current === customer.customer.id) return;
    defaulted.current = customer.customer.id;
    const first = customer.customer.addresses[0]?.address;
    if (first && form.getValues('address').trim() === '') form.setValue('address', first);
    const preferred = customer.customer.preferredCourier;
    if (preferred && form.getValues('courierId') === null) form.setValue('courierId', String(preferred.id));
  }, [customer, form]);

  const submit = form.handleSubmit(async (input) => {
    setConflict(false);
    if (refused && isOwner && !input.overrideReason) {
      form.setError(
        'overrideReason',
        { type: 'required', message: t('orders.policy.giveReason') },
        { shouldFocus: true },
      );
      return;
    }
    try {
      const saved = order
        ? await update.mutateAsync({ ...input, id: order.id, expectedUpdatedAt: order.updatedAt })
        : await create.mutateAsync(input);
      setRefused(null);
      props.onSaved(saved.order);
    } catch (error) {
      if (!(error instanceof ApiError)) return notifyError(error);
      if (error.code === 'BLOCKED_BY_POLICY') {
        setRefused({ message: translateServerMessage(error.message, i18n.language), against: check });
        return;
      }
      if (error.code === 'CONFLICT') {
        setConflict(true);
        return;
      }
      if (error.code === 'VALIDATION') {
        let placed = false;
        const choice = form.getValues('windowChoice');
        for (const issue of error.issues) {
          const field = issueField(issue.path, choice);
          if (!field) continue;
          const message = translateServerMessage(issue.message, i18n.language);
          form.setError(
            field as FieldPath<OrderFormValues>,
            { type: 'server', message },
            { shouldFocus: !placed },
          );
          placed = true;
        }
        if (placed) return;
      }
      notifyError(error);
    }
  });

  const customerLabel = customer
    ? [
        customer.customer.name || t('card.unnamed'),
        customer.customer.phones[0]
          ? displayPhone(customer.customer.phones[0].e164 ?? customer.customer.phones[0].raw)
          : null,
      ]
        .filter(Boolean)
        .join(' · ')
    : order && customerId === order.customer.id
      ? order.customer.name
      : undefined;

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={order ? t('orders.form.editLabel', { number: order.number }) : t('orders.form.newLabel')}
    >
      <Stack gap="md">
        <Paper withBorder p="md">
          <Stack gap="sm">
            <SimpleGrid cols={4} spacing="sm">
              <TextInput
                label={t('orders.form.number')}
                description={order ? t('orders.form.numberHint') : t('orders.form.numberAuto')}
                placeholder={order ? undefined : check?.nextNumber}
                error={errors.number?.message}
                {...form.register('number')}
              />
              <TextInput
                type="date"
                label={t('orders.orderedOn')}
                description={t('orders.form.orderedOnHint')}
                max={today}
                error={errors.orderedOn?.message}
                {...form.register('orderedOn')}
              />
              <div style={{ gridColumn: 'span 2' }}>
                <Controller
                  control={form.control}
                  name="customerId"
                  render={({ field }) => (
                    <CustomerField
                      value={field.value}
                      currentLabel={customerLabel}
                      onChange={(id) => {
                        setRefused(null);
                        field.onChange(id);
                      }}
                      error={errors.customerId?.message}
                    />
                  )}
                />
              </div>
            </SimpleGrid>
            {customer && <OrderSignals card={customer} check={check} />}
            {order?.override && !check && <OverrideNote override={order.override} />}
            {refused && (
              <PolicyRefusal
                signals={refusing.map((v) => v.signal)}
                message={refusing.length === 0 ? refusal : null}
                hits={check?.hits ?? customer?.hits ?? []}
                isOwner={isOwner}
                reasonField={
                  <TextInput
                    label={t('orders.policy.overrideLabel')}
                    description={t('orders.policy.overrideHint')}
                    error={errors.overrideReason?.message}
                    {...form.register('overrideReason')}
                  />
                }
              />
            )}
            <ItemsField form={form} currency={currency} />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <DeliveryFields
              form={form}
              currency={currency}
              windows={settings.deliveryWindows}
              couriers={couriers.data ?? []}
              addresses={customer?.customer.addresses.map((a) => a.address) ?? []}
            />
            {paymentMethod === 'cheque' && check?.cheque !== null && (
              <ChequeField form={form} cheque={check?.cheque} />
            )}
            <Textarea
              label={t('orders.form.customerComment')}
              autosize
              minRows={2}
              error={errors.customerComment?.message}
              {...form.register('customerComment')}
            />
          </Stack>
        </Paper>
        {conflict && (
          <Alert color="orange" title={t('orders.conflict.title')} data-testid="order-conflict">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('orders.conflict.text')}</Text>
              {props.onReload && (
                <Button
                  size="compact-sm"
                  variant="white"
                  leftSection={<IconRefresh size={14} />}
                  onClick={props.onReload}
                >
                  {t('orders.conflict.reload')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {couriers.isError && <Alert color="red">{errorMessage(couriers.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            leftSection={<IconDeviceFloppy size={16} />}
            loading={form.formState.isSubmitting}
          >
            {refused && isOwner ? t('orders.policy.saveOverride') : t('orders.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
