import { spotlight } from '@mantine/spotlight';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { requestSearchFocus } from '../calldesk/search-focus';
import { useSession } from '../../lib/session';
import { DEFAULT_SCREEN_PATH, SCREENS, screenVisibleTo } from './screens';

/**
 * Alt+1..8 jump to a screen; Ctrl/Cmd+K and F2 go to the call desk's search field (an operator
 * picks up the phone and types the number, wherever the app is); Ctrl/Cmd+Shift+P opens the
 * command palette. Matched on the physical key (event.code), so they work with a Russian
 * keyboard layout and with Option on a Mac, where event.key would be a different character.
 * They also work inside inputs: an operator on a call is usually typing.
 */
export function useScreenHotkeys(): void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const role = useSession().data?.user?.role;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = (event.ctrlKey || event.metaKey) && !event.altKey;
      if (command && event.shiftKey && event.code === 'KeyP') {
        event.preventDefault();
        spotlight.toggle();
        return;
      }
      const plainF2 = event.code === 'F2' && !event.ctrlKey && !event.metaKey && !event.altKey;
      if ((command && !event.shiftKey && event.code === 'KeyK') || plainF2) {
        event.preventDefault();
        spotlight.close();
        if (pathname !== DEFAULT_SCREEN_PATH) void navigate(DEFAULT_SCREEN_PATH);
        requestSearchFocus();
        return;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const match = /^Digit([1-9])$/.exec(event.code);
      const screen = match ? SCREENS[Number(match[1]) - 1] : undefined;
      if (!screen || !screenVisibleTo(screen, role)) return;
      event.preventDefault();
      spotlight.close();
      void navigate(screen.path);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, pathname, role]);
}
