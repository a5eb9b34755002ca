import { Badge, NavLink } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { dueTodayCount, FOLLOW_UPS_PATH, useFollowUps } from '../incidents/use-follow-ups';

/**
 * Under Incidents: the follow-up worklist, with how many are due today or overdue (red when any
 * is overdue). The count is part of the link's name, so a screen reader hears it too.
 */
export function FollowUpsNavLink() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const list = useFollowUps();
  const due = list.data ? dueTodayCount(list.data) : 0;
  const active = pathname === FOLLOW_UPS_PATH;
  return (
    <NavLink
      component={Link}
      to={FOLLOW_UPS_PATH}
      active={active}
      aria-current={active ? 'page' : undefined}
      pl={34}
      label={t('followUps.nav')}
      aria-label={due > 0 ? `${t('followUps.nav')}: ${t('followUps.navBadge', { n: due })}` : undefined}
      leftSection={<IconBellRinging size={16} stroke={1.5} />}
      data-testid="nav-follow-ups"
      rightSection={
        due > 0 ? (
          <Badge
            size="sm"
            color={list.data?.counts.overdue ? 'red' : 'blue'}
            title={t('followUps.navBadge', { n: due })}
            data-testid="nav-follow-ups-badge"
            aria-hidden
          >
            {due}
          </Badge>
        ) : undefined
      }
    />
  );
}
