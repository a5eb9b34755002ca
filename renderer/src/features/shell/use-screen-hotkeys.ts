import { spotlight } from '@mantine/spotlight';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { SCREENS } from './screens';

/**
 * Alt+1..8 jump to a screen; Ctrl/Cmd+K opens the command palette. Matched on the physical
 * key (event.code), so they work with a Russian keyboard layout and with Option on a Mac,
 * where event.key would be a different character. They also work inside inputs: an operator
 * on a call is usually typing.
 */
export function useScreenHotkeys(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyK') {
        event.preventDefault();
        spotlight.toggle();
        return;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const match = /^Digit([1-9])$/.exec(event.code);
      const screen = match ? SCREENS[Number(match[1]) - 1] : undefined;
      if (!screen) return;
      event.preventDefault();
      spotlight.close();
      void navigate(screen.path);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
