import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { isLanguage } from '../app/i18n';

interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
  disabled?: boolean;
  label?: string;
}

/** English / Русский. Each language is named in itself, so anyone can find their own. */
export function LanguageSwitch({ value, onChange, disabled, label }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={label ?? t('common.language')}
      value={value}
      disabled={disabled}
      onChange={(next) => {
        if (isLanguage(next)) onChange(next);
      }}
      data={LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
    />
  );
}
