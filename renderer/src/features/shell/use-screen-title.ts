import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { SCREENS } from './screens';

/** The window title names the open screen, so the taskbar says where the app is. */
export function useScreenTitle(): void {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const screen = SCREENS.find((candidate) => pathname.startsWith(candidate.path));
  const app = t('app.name');
  useDocumentTitle(screen ? `${t(`nav.${screen.id}`)} — ${app}` : app);
}
