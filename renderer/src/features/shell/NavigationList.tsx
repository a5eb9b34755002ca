import { Kbd, NavLink } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../lib/session';
import { FOLLOW_UPS_PATH } from '../incidents/use-follow-ups';
import { FollowUpsNavLink } from './FollowUpsNavLink';
import { SCREENS, screenHotkey, screenVisibleTo } from './screens';

export function NavigationList() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const role = useSession().data?.user?.role;
  return (
    <nav>
      {SCREENS.map((screen, index) => {
        if (!screenVisibleTo(screen, role)) return null;
        const active =
          (pathname === screen.path || pathname.startsWith(`${screen.path}/`)) &&
          pathname !== FOLLOW_UPS_PATH;
        return (
          <Fragment key={screen.id}>
            <NavLink
              component={Link}
              to={screen.path}
              active={active}
              aria-current={active ? 'page' : undefined}
              label={t(`nav.${screen.id}`)}
              leftSection={<screen.icon size={20} stroke={1.5} />}
              rightSection={
                // Hidden from screen readers: the link's name is the screen, not its shortcut.
                <Kbd size="xs" aria-hidden>
                  {screenHotkey(index)}
                </Kbd>
              }
            />
            {/* The follow-up worklist sits under its register (issue 16, point 6). */}
            {screen.id === 'incidents' && <FollowUpsNavLink />}
          </Fragment>
        );
      })}
    </nav>
  );
}
