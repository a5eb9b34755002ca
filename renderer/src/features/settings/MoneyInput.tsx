import { TextInput } from '@mantine/core';
import { useWatch, type Control, type FieldError, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatMoney, parseMoney } from '../../../../shared/domain/money';
import type { SettingsPatch } from '../../../../shared/domain/settings';
import type { MoneyThreshold, ShopSettingsFormValues } from './shop-settings-form';

interface MoneyInputProps {
  control: Control<ShopSettingsFormValues, unknown, SettingsPatch>;
  name: MoneyThreshold;
  label: string;
  hint: string;
  error: FieldError | undefined;
  registration: UseFormRegisterReturn;
}

function preview(text: string, currency: string, locale: string): string | null {
  try {
    const minor = parseMoney(text, currency);
    return minor === null ? null : formatMoney(minor, currency, locale);
  } catch {
    return null;
  }
}

/** An amount typed in major units; below it, how ShopDesk reads it ("= 15 000 ₽"). */
export function MoneyInput({ control, name, label, hint, error, registration }: MoneyInputProps) {
  const { t, i18n } = useTranslation();
  const [text, currency] = useWatch({ control, name: [`risk.${name}`, 'currency'] });
  const reading = preview(text, currency, i18n.language);
  return (
    <TextInput
      label={label}
      description={reading ? `${hint} ${t('settings.risk.readAs', { amount: reading })}` : hint}
      inputMode="decimal"
      rightSection={currency}
      rightSectionWidth={52}
      error={error?.message}
      {...registration}
    />
  );
}
