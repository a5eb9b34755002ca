import {
  Alert,
  Button,
  Divider,
  Group,
  PasswordInput,
  Select,
  SimpleGrid,
  Text,
  TextInput,
} from '@mantine/core';
import { IconBuildingStore, IconFlask } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localizedResolver } from '../../lib/localized-resolver';
import { applyLanguage, currentLanguage } from '../../app/i18n';
import { FullScreenMessage } from '../../components/FullScreenMessage';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { errorMessage, notifyError, showIssuesOnFields } from '../../lib/errors';
import { countryOptions, currencyOptions } from '../../lib/intl-lists';
import { useChannelMutation } from '../../lib/query';
import { storeSession } from '../../lib/session';
import { SETUP_FIELDS, setupFormSchema, type SetupFormInput, type SetupFormValues } from './setup-form';

const setupFormResolver = localizedResolver(setupFormSchema);

/** First run: whoever sets the shop up becomes its owner and is signed in straight away. */
export function FirstRunSetup() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const setupOwner = useChannelMutation('session.setupOwner');
  const loadDemo = useChannelMutation('demo.load');
  const form = useForm<SetupFormInput, unknown, SetupFormValues>({
    resolver: setupFormResolver,
    defaultValues: {
      ownerName: '',
      pin: '',
      pinRepeat: '',
      shopName: '',
      language: currentLanguage(),
      country: 'RU',
      currency: 'RUB',
    },
  });
  const { register, control, handleSubmit, setError, formState } = form;
  const { errors } = formState;

  // "Try with a demo shop" sets the shop up the same way, then fills it before the shell opens;
  // a failed fill still leaves the owner signed in to an empty shop, and says why.
  const setUp = (withDemo: boolean) =>
    handleSubmit(async ({ pinRepeat: _repeat, ...input }) => {
      try {
        const session = await setupOwner.mutateAsync(input);
        if (withDemo) await loadDemo.mutateAsync({}).catch(notifyError);
        storeSession(client, session);
      } catch (error) {
        if (!showIssuesOnFields(error, setError, (path) => SETUP_FIELDS.has(path))) {
          setError('root', { message: errorMessage(error) });
        }
      }
    });
  const submit = setUp(false);
  const submitWithDemo = setUp(true);

  const locale = i18n.language;
  return (
    <FullScreenMessage icon={<IconBuildingStore size={28} />} title={t('setup.title')} width={680}>
      <Text c="dimmed">{t('setup.intro')}</Text>
      <Alert
        color="teal"
        variant="light"
        icon={<IconFlask size={18} />}
        mt="sm"
        mb="sm"
        data-testid="demo-offer"
      >
        {t('setup.tryDemoHint')}
      </Alert>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Controller
          control={control}
          name="language"
          render={({ field }) => (
            <Group justify="space-between" mb="md">
              <Text fw={500}>{t('setup.language')}</Text>
              <LanguageSwitch
                value={field.value}
                onChange={(language) => {
                  field.onChange(language);
                  applyLanguage(language);
                }}
              />
            </Group>
          )}
        />
        <Divider label={t('setup.aboutYou')} labelPosition="left" mb="sm" />
        <TextInput
          label={t('setup.ownerName')}
          description={t('setup.ownerNameHint')}
          autoFocus
          error={errors.ownerName?.message}
          {...register('ownerName')}
        />
        <SimpleGrid cols={2} mt="sm">
          <PasswordInput
            label={t('setup.pin')}
            description={t('setup.pinHint')}
            inputMode="numeric"
            autoComplete="new-password"
            error={errors.pin?.message}
            {...register('pin')}
          />
          <PasswordInput
            label={t('setup.pinRepeat')}
            description={t('setup.pinRepeatHint')}
            inputMode="numeric"
            autoComplete="new-password"
            error={errors.pinRepeat?.message}
            {...register('pinRepeat')}
          />
        </SimpleGrid>
        <Divider label={t('setup.aboutShop')} labelPosition="left" mt="lg" mb="sm" />
        <TextInput label={t('setup.shopName')} error={errors.shopName?.message} {...register('shopName')} />
        <SimpleGrid cols={2} mt="sm">
          <Controller
            control={control}
            name="country"
            render={({ field }) => (
              <Select
                label={t('setup.country')}
                description={t('setup.countryHint')}
                searchable
                allowDeselect={false}
                nothingFoundMessage={t('common.nothingFound')}
                data={countryOptions(locale)}
                value={field.value}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={errors.country?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="currency"
            render={({ field }) => (
              <Select
                label={t('setup.currency')}
                description={t('setup.currencyHint')}
                searchable
                allowDeselect={false}
                nothingFoundMessage={t('common.nothingFound')}
                data={currencyOptions(locale)}
                value={field.value}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={errors.currency?.message}
              />
            )}
          />
        </SimpleGrid>
        {errors.root && (
          <Alert color="red" mt="md">
            {errors.root.message}
          </Alert>
        )}
        <Group justify="flex-end" mt="xl">
          <Button
            variant="light"
            leftSection={<IconFlask size={16} />}
            loading={formState.isSubmitting && loadDemo.isPending}
            disabled={formState.isSubmitting && !loadDemo.isPending}
            onClick={(event) => void submitWithDemo(event)}
          >
            {t('setup.tryDemo')}
          </Button>
          <Button type="submit" loading={formState.isSubmitting && !loadDemo.isPending}>
            {t('setup.submit')}
          </Button>
        </Group>
      </form>
    </FullScreenMessage>
  );
}
