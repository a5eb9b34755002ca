import { Alert, Loader, Stack, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/contract/session';
import { SectionCard } from '../../components/SectionCard';
import { errorMessage } from '../../lib/errors';
import { useChannelQuery } from '../../lib/query';
import { DemoDataSection } from './DemoDataSection';
import { LanguageSection } from './LanguageSection';
import { MessageTemplateSection } from './MessageTemplateSection';
import { ResponseScriptsSection } from './ResponseScriptsSection';
import { SettingsTabs } from './SettingsTabs';
import { ShopSettingsForm } from './ShopSettingsForm';
import { CouriersSection } from './couriers/CouriersSection';
import { StaffSection } from './staff/StaffSection';

export function SettingsScreen({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const settings = useChannelQuery('settings.get', {});
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>{t('nav.settings')}</Title>
      <SettingsTabs user={user} />
      {user.role !== 'owner' && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />}>
          {t('settings.operatorNote')}
        </Alert>
      )}
      <LanguageSection />
      <SectionCard
        title={t('settings.shop.title')}
        description={t('settings.shop.description')}
        ownerOnly
        labelledBy="shop-title"
      >
        {settings.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        {settings.isError && <Alert color="red">{errorMessage(settings.error)}</Alert>}
        {/* Filled once from the saved values, then it holds what is typed until saved. */}
        {settings.data && <ShopSettingsForm settings={settings.data} readOnly={user.role !== 'owner'} />}
      </SectionCard>
      <StaffSection user={user} />
      <CouriersSection user={user} />
      <ResponseScriptsSection user={user} />
      <MessageTemplateSection user={user} />
      <DemoDataSection user={user} />
    </Stack>
  );
}
