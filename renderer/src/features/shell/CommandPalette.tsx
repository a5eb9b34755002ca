import { Kbd } from '@mantine/core';
import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import {
  IconChartBar,
  IconDatabase,
  IconDatabaseImport,
  IconFileSpreadsheet,
  IconHistory,
  IconLanguage,
  IconSearch,
  IconSwitchHorizontal,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Language } from '../../../../shared/domain/settings';
import { notifyError } from '../../lib/errors';
import { useSession, useSignOut } from '../../lib/session';
import { useChangeLanguage } from './use-change-language';
import { SCREENS, screenHotkey, screenVisibleTo } from './screens';

/** Ctrl/Cmd+Shift+P: every screen and the few shell actions, searchable by name. */
export function CommandPalette({ language }: { language: Language }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signOut } = useSignOut();
  const changeLanguage = useChangeLanguage();
  const otherLanguage: Language = language === 'ru' ? 'en' : 'ru';
  const isOwner = useSession().data?.user?.role === 'owner';

  const screens: SpotlightActionData[] = SCREENS.flatMap((screen, index) =>
    screenVisibleTo(screen, isOwner ? 'owner' : 'operator')
      ? [
          {
            id: `screen-${screen.id}`,
            label: t(`nav.${screen.id}`),
            // Searchable as "open orders" too, without a second line repeating the name.
            keywords: [t('palette.open'), screen.id],
            leftSection: <screen.icon size={20} stroke={1.5} />,
            rightSection: <Kbd size="xs">{screenHotkey(index)}</Kbd>,
            onClick: () => void navigate(screen.path),
          },
        ]
      : [],
  );
  const actions: SpotlightActionData[] = [
    {
      id: 'switch-user',
      label: t('shell.switchUser'),
      description: t('palette.switchUserHint'),
      leftSection: <IconSwitchHorizontal size={20} stroke={1.5} />,
      onClick: () => void signOut().catch(notifyError),
    },
    {
      id: 'language',
      label: t('palette.languageTo', { language: t(`languages.${otherLanguage}`) }),
      description: t('palette.languageHint'),
      leftSection: <IconLanguage size={20} stroke={1.5} />,
      onClick: () => void changeLanguage(otherLanguage),
    },
    // The owner's pages: operators never see backup, restore, export or import.
    ...(isOwner
      ? [
          {
            id: 'profitability-report',
            label: t('reports.palette.profit'),
            description: t('reports.palette.profitHint'),
            keywords: t('reports.palette.keywords').split(','),
            leftSection: <IconChartBar size={20} stroke={1.5} />,
            onClick: () => void navigate('/reports'),
          },
          {
            id: 'accountant-export',
            label: t('backup.palette.export'),
            description: t('backup.palette.exportHint'),
            leftSection: <IconFileSpreadsheet size={20} stroke={1.5} />,
            onClick: () => void navigate('/settings/export'),
          },
          {
            id: 'import',
            label: t('import.palette.label'),
            description: t('import.palette.hint'),
            keywords: t('import.palette.keywords').split(','),
            leftSection: <IconDatabaseImport size={20} stroke={1.5} />,
            onClick: () => void navigate('/settings/import'),
          },
          {
            id: 'backups',
            label: t('backup.palette.backup'),
            description: t('backup.palette.backupHint'),
            leftSection: <IconDatabase size={20} stroke={1.5} />,
            onClick: () => void navigate('/settings/backups'),
          },
          {
            id: 'audit-log',
            label: t('backup.palette.audit'),
            description: t('backup.palette.auditHint'),
            leftSection: <IconHistory size={20} stroke={1.5} />,
            onClick: () => void navigate('/settings/audit'),
          },
        ]
      : []),
  ];

  return (
    <Spotlight
      actions={[
        { group: t('palette.screens'), actions: screens },
        { group: t('palette.actions'), actions },
      ]}
      shortcut={null}
      scrollable
      maxHeight={480}
      nothingFound={t('palette.nothingFound')}
      highlightQuery
      searchProps={{
        leftSection: <IconSearch size={20} stroke={1.5} />,
        placeholder: t('palette.placeholder'),
        'aria-label': t('palette.placeholder'),
      }}
    />
  );
}
