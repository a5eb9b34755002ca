import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from './MoneyInput';
import {
  isMoneyThreshold,
  RISK_KEYS,
  type CountThreshold,
  type ShopSettingsFormApi,
} from './shop-settings-form';

// Units shown to the right of each count, so "60" cannot be misread as days or orders.
const COUNT_UNITS: Record<CountThreshold, 'percent' | 'orders' | 'incidents' | 'parcels' | 'days'> = {
  minBuyoutRatePercent: 'percent',
  buyoutMinOrders: 'orders',
  incidentsPerYearCaution: 'incidents',
  refusedParcelsPrepayment: 'parcels',
  chequeClearanceDays: 'days',
};

/** The thresholds the risk rules apply; each says what it makes ShopDesk do. */
export function RiskThresholdFields({ form }: { form: ShopSettingsFormApi }) {
  const { t } = useTranslation();
  const errors = form.formState.errors.risk;
  return (
    <SimpleGrid cols={2} spacing="md" verticalSpacing="md">
      {RISK_KEYS.map((key) =>
        isMoneyThreshold(key) ? (
          <MoneyInput
            key={key}
            control={form.control}
            name={key}
            label={t(`settings.risk.${key}.label`)}
            hint={t(`settings.risk.${key}.hint`)}
            error={errors?.[key]}
            registration={form.register(`risk.${key}`)}
          />
        ) : (
          <TextInput
            key={key}
            label={t(`settings.risk.${key}.label`)}
            description={t(`settings.risk.${key}.hint`)}
            inputMode="numeric"
            rightSection={t(`settings.units.${COUNT_UNITS[key]}`)}
            rightSectionWidth={84}
            error={errors?.[key]?.message}
            {...form.register(`risk.${key}`)}
          />
        ),
      )}
    </SimpleGrid>
  );
}
