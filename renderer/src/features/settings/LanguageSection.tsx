import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { SectionCard } from '../../components/SectionCard';
import { useChangeLanguage } from '../shell/use-change-language';

/** The signed-in person's own language; anyone may change theirs. */
export function LanguageSection() {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <SectionCard title={t('settings.language.title')} labelledBy="language-title">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('settings.language.description')}
        </Text>
        <LanguageSwitch
          value={currentLanguage()}
          onChange={(language) => void changeLanguage(language)}
          label={t('settings.language.title')}
        />
      </Group>
    </SectionCard>
  );
}
