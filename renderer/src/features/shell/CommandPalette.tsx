import { Kbd } from '@mantine/core';
import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { IconLanguage, IconSearch, IconSwitchHorizontal } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Language } from '../../../../shared/domain/settings';
import { notifyError } from '../../lib/errors';
import { useSignOut } from '../../lib/session';
import { useChangeLanguage } from './use-change-language';
import { SCREENS, screenHotkey } from './screens';

/** Ctrl/Cmd+Shift+P: every screen and the few shell actions, searchable by name. */
export function CommandPalette({ language }: { language: Language }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signOut } = useSignOut();
  const changeLanguage = useChangeLanguage();
  const otherLanguage: Language = language === 'ru' ? 'en' : 'ru';

  const screens: SpotlightActionData[] = SCREENS.map((screen, index) => ({
    id: `screen-${screen.id}`,
    label: t(`nav.${screen.id}`),
    // Searchable as "open orders" too, without a second line repeating the name.
    keywords: [t('palette.open'), screen.id],
    leftSection: <screen.icon size={20} stroke={1.5} />,
    rightSection: <Kbd size="xs">{screenHotkey(index)}</Kbd>,
    onClick: () => void navigate(screen.path),
  }));
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
