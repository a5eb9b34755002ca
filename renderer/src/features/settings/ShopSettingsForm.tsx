import { Alert, Button, Divider, Group, Select, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy, IconLock } from '@tabler/icons-react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localizedResolver } from '../../lib/localized-resolver';
import { LANGUAGES, type Settings, type SettingsPatch } from '../../../../shared/domain/settings';
import { errorMessage, notifyError, notifySuccess, showIssuesOnFields } from '../../lib/errors';
import {
  countryOptions,
  currencyOptions,
  timeZoneOptions,
  withValue,
  type Option,
} from '../../lib/intl-lists';
import { useChannelMutation } from '../../lib/query';
import { ApiError } from '../../lib/api';
import { DeliveryWindowsFields } from './DeliveryWindowsFields';
import { RiskThresholdFields } from './RiskThresholdFields';
import {
  isShopSettingsField,
  shopSettingsSchema,
  toFormValues,
  type ShopSettingsFormValues,
} from './shop-settings-form';

const shopSettingsResolver = localizedResolver(shopSettingsSchema);

type SelectField = 'language' | 'country' | 'currency' | 'timeZone';

/**
 * The shop's own settings. Saved as one patch; main checks it and names any bad field. The
 * operator sees them read-only (a disabled fieldset, no Save): told before, not refused after.
 */
export function ShopSettingsForm({ settings, readOnly }: { settings: Settings; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const update = useChannelMutation('settings.update');
  const form = useForm<ShopSettingsFormValues, unknown, SettingsPatch>({
    resolver: shopSettingsResolver,
    defaultValues: toFormValues(settings, locale),
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (patch) => {
    try {
      const saved = await update.mutateAsync(patch);
      form.reset(toFormValues(saved, locale));
      notifySuccess(t('settings.shop.saved'));
    } catch (error) {
      if (showIssuesOnFields(error, form.setError, isShopSettingsField)) return;
      if (error instanceof ApiError && error.code === 'VALIDATION') {
        form.setError('root', { message: errorMessage(error) });
      } else {
        notifyError(error); // FORBIDDEN if the role changed meanwhile: said once, the text kept
      }
    }
  });

  const select = (name: SelectField, label: string, data: Option[], description?: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          description={description}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
          data={withValue(data, field.value)}
          value={field.value}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          error={errors[name]?.message}
        />
      )}
    />
  );
  const languages = LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('settings.shop.title')}>
      {readOnly && (
        <Alert color="gray" icon={<IconLock size={18} />} mb="md" data-testid="settings-read-only">
          {t('settings.operatorReadOnly')}
        </Alert>
      )}
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="md">
          <TextInput
            label={t('settings.shop.shopName')}
            description={t('settings.shop.shopNameHint')}
            error={errors.shopName?.message}
            {...form.register('shopName')}
          />
          {select('language', t('settings.shop.language'), languages, t('settings.shop.languageHint'))}
          {select(
            'country',
            t('settings.shop.country'),
            countryOptions(locale),
            t('settings.shop.countryHint'),
          )}
          {select(
            'currency',
            t('settings.shop.currency'),
            currencyOptions(locale),
            t('settings.shop.currencyHint'),
          )}
          {select(
            'timeZone',
            t('settings.shop.timeZone'),
            timeZoneOptions(),
            t('settings.shop.timeZoneHint'),
          )}
          <TextInput
            label={t('settings.shop.margin')}
            description={t('settings.shop.marginHint')}
            inputMode="numeric"
            rightSection="%"
            error={errors.marginPercent?.message}
            {...form.register('marginPercent')}
          />
          <TextInput
            label={t('settings.shop.orderPrefix')}
            description={t('settings.shop.orderPrefixHint')}
            error={errors.orderNumbers?.prefix?.message}
            {...form.register('orderNumbers.prefix')}
          />
          <TextInput
            label={t('settings.shop.orderDigits')}
            description={t('settings.shop.orderDigitsHint')}
            inputMode="numeric"
            error={errors.orderNumbers?.digits?.message}
            {...form.register('orderNumbers.digits')}
          />
        </SimpleGrid>
        <Divider my="lg" />
        <DeliveryWindowsFields form={form} />
        <Divider my="lg" />
        <Title order={4}>{t('settings.risk.title')}</Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('settings.risk.description')}
        </Text>
        <RiskThresholdFields form={form} />
      </fieldset>
      {errors.root && (
        <Alert color="red" mt="md">
          {errors.root.message}
        </Alert>
      )}
      {!readOnly && (
        <Group justify="flex-end" mt="lg">
          <Button
            type="submit"
            leftSection={<IconDeviceFloppy size={16} />}
            loading={form.formState.isSubmitting}
          >
            {t('settings.shop.save')}
          </Button>
        </Group>
      )}
    </form>
  );
}
