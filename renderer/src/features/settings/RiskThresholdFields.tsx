import { Fieldset, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INCIDENT_BASES } from '../../../../shared/domain/settings';
import { MoneyInput } from './MoneyInput';
import {
  isChoiceThreshold,
  isMoneyThreshold,
  RISK_KEYS,
  type CountThreshold,
  type RiskKey,
  type ShopSettingsFormApi,
} from './shop-settings-form';

// Units shown to the right of each count, so "60" cannot be misread as days or orders.
const COUNT_UNITS: Record<CountThreshold, 'percent' | 'orders' | 'incidents' | 'parcels' | 'days'> = {
  minBuyoutRatePercent: 'percent',
  buyoutMinOrders: 'orders',
  incidentsPerYearCaution: 'incidents',
  incidentRateFromOrders: 'orders',
  incidentRatePercent: 'percent',
  refusedParcelsPrepayment: 'parcels',
  chequeClearanceDays: 'days',
};

/** The incident rule's settings, shown together: which incidents count, then its numbers. */
const INCIDENT_KEYS = new Set<RiskKey>([
  'incidentsCounted',
  'incidentsPerYearCaution',
  'incidentRateFromOrders',
  'incidentRatePercent',
]);

/** The thresholds the risk rules apply; each says what it makes ShopDesk do. */
export function RiskThresholdFields({ form }: { form: ShopSettingsFormApi }) {
  const { t } = useTranslation();
  const basis = form.watch('risk.incidentsCounted');
  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="md" verticalSpacing="md">
        {RISK_KEYS.filter((key) => !INCIDENT_KEYS.has(key)).map((key) => (
          <ThresholdField key={key} form={form} name={key} />
        ))}
      </SimpleGrid>
      <Fieldset legend={t('settings.risk.incidents.title')} data-testid="incident-rule-settings">
        <Stack gap="md">
          <Controller
            control={form.control}
            name="risk.incidentsCounted"
            render={({ field }) => (
              <Radio.Group
                label={t('settings.risk.incidentsCounted.label')}
                value={field.value}
                onChange={field.onChange}
              >
                <Stack gap="xs" mt={6}>
                  {INCIDENT_BASES.map((value) => (
                    <Radio
                      key={value}
                      value={value}
                      label={t(`settings.risk.incidentsCounted.${value}.label`)}
                      description={t(`settings.risk.incidentsCounted.${value}.hint`)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <SimpleGrid cols={3} spacing="md">
            <ThresholdField form={form} name="incidentsPerYearCaution" />
            {basis !== 'all_incidents' && <ThresholdField form={form} name="incidentRateFromOrders" />}
            <ThresholdField form={form} name="incidentRatePercent" />
          </SimpleGrid>
          <Text size="sm" c="dimmed" data-testid="incident-rule-summary">
            {t(`settings.risk.incidents.summary.${basis === 'all_incidents' ? 'all' : 'fault'}`, {
              min: form.watch('risk.incidentsPerYearCaution'),
              orders: form.watch('risk.incidentRateFromOrders'),
              percent: form.watch('risk.incidentRatePercent'),
            })}
          </Text>
        </Stack>
      </Fieldset>
    </Stack>
  );
}

function ThresholdField({ form, name }: { form: ShopSettingsFormApi; name: RiskKey }) {
  const { t } = useTranslation();
  const errors = form.formState.errors.risk;
  if (isChoiceThreshold(name)) return null;
  if (isMoneyThreshold(name))
    return (
      <MoneyInput
        control={form.control}
        name={name}
        label={t(`settings.risk.${name}.label`)}
        hint={t(`settings.risk.${name}.hint`)}
        error={errors?.[name]}
        registration={form.register(`risk.${name}`)}
      />
    );
  return (
    <TextInput
      label={t(`settings.risk.${name}.label`)}
      description={t(`settings.risk.${name}.hint`)}
      inputMode="numeric"
      rightSection={t(`settings.units.${COUNT_UNITS[name]}`)}
      rightSectionWidth={84}
      error={errors?.[name]?.message}
      {...form.register(`risk.${name}`)}
    />
  );
}
