import { Button, Group } from '@mantine/core';
import {
  IconAdjustments,
  IconDatabase,
  IconDatabaseImport,
  IconFileSpreadsheet,
  IconHistory,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { SessionUser } from '../../../../shared/contract/session';

/** Settings' pages beyond the main one; all of them the owner's. */
export const SETTINGS_PAGES = [
  { id: 'general', path: '/settings', icon: IconAdjustments },
  { id: 'backups', path: '/settings/backups', icon: IconDatabase },
  { id: 'export', path: '/settings/export', icon: IconFileSpreadsheet },
  { id: 'import', path: '/settings/import', icon: IconDatabaseImport },
  { id: 'audit', path: '/settings/audit', icon: IconHistory },
] as const;

/**
 * The owner's way between the settings pages: plain links (not a second navigation landmark),
 * the current one marked. Operators have only the main page, so they see none of this.
 */
export function SettingsTabs({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (user.role !== 'owner') return null;
  return (
    <Group gap={4} role="group" aria-label={t('settingsNav.label')}>
      {SETTINGS_PAGES.map((page) => {
        const current = pathname === page.path;
        return (
          <Button
            key={page.id}
            component={Link}
            to={page.path}
            size="compact-md"
            variant={current ? 'light' : 'subtle'}
            color={current ? 'teal' : 'gray'}
            aria-current={current ? 'page' : undefined}
            leftSection={<page.icon size={16} stroke={1.5} />}
          >
            {t(`settingsNav.${page.id}`)}
          </Button>
        );
      })}
    </Group>
  );
}
