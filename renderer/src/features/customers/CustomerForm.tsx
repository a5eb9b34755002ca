import {
  Alert,
  Button,
  Checkbox,
  Divider,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BlocklistHit } from '../../../../shared/contract/blocklist';
import type { Customer } from '../../../../shared/contract/customers';
import { ApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/errors';
import { timeZoneOptions, withValue } from '../../lib/intl-lists';
import { localizedResolver } from '../../lib/localized-resolver';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { translateServerMessage } from '../../locales/server-messages';
import { hitHeadline } from '../customer-card/reasons';
import { useUnsavedChanges } from '../shell/unsaved-changes';
import { PhonesField, TextListField } from './ContactFields';
import {
  changedFields,
  customerSchema,
  issueField,
  NO_COURIER,
  toFormValues,
  toPatch,
  type CustomerFormValues,
  type CustomerPatch,
} from './customer-form';

const resolver = localizedResolver(customerSchema);

/** Everything about a customer that people edit; saved as one patch of what changed. */
export function CustomerForm({ customer, readOnly }: { customer: Customer; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const settings = useChannelQuery('settings.get', {});
  const update = useChannelMutation('customers.update');
  const couriers = useChannelQuery('couriers.list', { includeInactive: false });
  const [hits, setHits] = useState<BlocklistHit[]>([]);
  const form = useForm<CustomerFormValues, unknown, CustomerPatch>({
    resolver,
    defaultValues: toFormValues(customer),
  });
  const { errors } = form.formState;
  useUnsavedChanges(form.formState.isDirty && !form.formState.isSubmitting, 'customer');

  const submit = form.handleSubmit(async (values) => {
    const patch = changedFields(values, toPatch(customer));
    if (Object.keys(patch).length === 0) {
      notifySuccess(t('customers.nothingChanged'));
      return;
    }
    try {
      const saved = await update.mutateAsync({ id: customer.id, ...patch });
      setHits(saved.hits.filter((hit) => hit.exception === null));
      form.reset(form.getValues());
      notifySuccess(t('customers.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION') {
        let placed = false;
        for (const issue of error.issues) {
          const field = issueField(issue.path);
          if (!field) continue;
          const message = translateServerMessage(issue.message, i18n.language);
          form.setError(
            field as FieldPath<CustomerFormValues>,
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

  const shopZone = settings.data?.timeZone ?? '';
  // Only couriers who still drive are offered; a retired one already set stays visible as such.
  const current = customer.preferredCourier;
  const active = couriers.data ?? [];
  const courierOptions = [
    { value: NO_COURIER, label: t('customers.form.noCourier') },
    ...active.map((courier) => ({ value: String(courier.id), label: courier.name })),
    ...(current && couriers.data && !active.some((courier) => courier.id === current.id)
      ? [{ value: String(current.id), label: t('customers.form.inactiveCourier', { name: current.name }) }]
      : []),
  ];
  const flag = (name: 'vip' | 'caution' | 'doubtful' | 'doNotCall', label: string, hint: string) => (
    <Checkbox label={label} description={hint} {...form.register(name)} />
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('customers.formLabel')}>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="md">
          <TextInput
            label={t('customers.form.name')}
            error={errors.name?.message}
            {...form.register('name')}
          />
          <PhonesField form={form} />
          <SimpleGrid cols={2} spacing="md">
            <TextListField form={form} name="emails" />
            <TextListField form={form} name="addresses" />
          </SimpleGrid>
          <Divider />
          <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
            {flag('vip', t('codes.flag.vip'), t('customers.form.vipHint'))}
            {flag('caution', t('codes.flag.caution'), t('customers.form.cautionHint'))}
            {flag('doubtful', t('codes.flag.doubtful'), t('customers.form.doubtfulHint'))}
            {flag('doNotCall', t('codes.flag.do_not_call'), t('customers.form.doNotCallHint'))}
          </SimpleGrid>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <TextInput
              w={120}
              label={t('customers.form.callFrom')}
              placeholder="10:00"
              error={errors.callFrom?.message}
              {...form.register('callFrom')}
            />
            <TextInput
              w={120}
              label={t('customers.form.callTo')}
              placeholder="20:00"
              error={errors.callTo?.message}
              {...form.register('callTo')}
            />
            <Controller
              control={form.control}
              name="timeZone"
              render={({ field }) => (
                <Select
                  flex={1}
                  label={t('customers.form.timeZone')}
                  placeholder={t('customers.form.shopZone', { zone: shopZone.replaceAll('_', ' ') })}
                  searchable
                  clearable
                  nothingFoundMessage={t('common.nothingFound')}
                  data={withValue(timeZoneOptions(), field.value ?? '')}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  error={errors.timeZone?.message}
                />
              )}
            />
          </Group>
          <Controller
            control={form.control}
            name="preferredCourierId"
            render={({ field }) => (
              <Select
                maw={320}
                label={t('customers.form.courier')}
                description={t('customers.form.courierHint')}
                allowDeselect={false}
                data={courierOptions}
                value={field.value}
                onChange={(value) => field.onChange(value ?? NO_COURIER)}
                error={errors.preferredCourierId?.message}
              />
            )}
          />
          <Textarea
            label={t('customers.form.deliveryNotes')}
            description={t('customers.form.deliveryNotesHint')}
            autosize
            minRows={2}
            error={errors.deliveryNotes?.message}
            {...form.register('deliveryNotes')}
          />
          <Textarea
            label={t('customers.form.note')}
            autosize
            minRows={2}
            error={errors.note?.message}
            {...form.register('note')}
          />
          {hits.length > 0 && (
            <Alert color="orange" title={t('customers.hitsTitle')} data-testid="save-hits">
              {hits.map((hit) => (
                <Text key={`${hit.entryId}-${hit.matchedValue}`} size="sm">
                  {t(`codes.blockAction.${hit.effective}`)}: {hitHeadline(hit, t)} — {hit.reason}
                </Text>
              ))}
            </Alert>
          )}
          {!readOnly && (
            <Group justify="flex-end">
              <Button
                type="submit"
                leftSection={<IconDeviceFloppy size={16} />}
                loading={form.formState.isSubmitting}
              >
                {t('customers.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
