import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/contract/session';
import { SettingsTabs } from '../settings/SettingsTabs';

/** A settings page of the owner's: the screen's title, the way between pages, then the page. */
export function SettingsPageFrame({ user, children }: { user: SessionUser; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>{t('nav.settings')}</Title>
      <SettingsTabs user={user} />
      {children}
    </Stack>
  );
}
