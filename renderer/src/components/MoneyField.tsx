import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, parseMoney } from '../../../shared/domain/money';

interface MoneyFieldProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  onChange: (text: string) => void;
  currency: string;
  /** Says how the typed text is read ("Read as 1 500,50 ₽"), for amounts that matter. */
  showReading?: boolean;
}

function reading(text: string, currency: string, locale: string): string | null {
  const minor = parseMoney(text, currency);
  return minor === null ? null : formatMoney(minor, currency, locale);
}

/** An amount typed in major units; the form turns it into minor units with parseMoney, never a float. */
export function MoneyField({
  value,
  onChange,
  currency,
  showReading,
  description,
  ...rest
}: MoneyFieldProps) {
  const { t, i18n } = useTranslation();
  const read = showReading && value.trim() !== '' ? reading(value, currency, i18n.language) : null;
  return (
    <TextInput
      inputMode="decimal"
      rightSection={currency}
      rightSectionWidth={48}
      description={read ? t('common.readAs', { amount: read }) : description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      {...rest}
    />
  );
}
