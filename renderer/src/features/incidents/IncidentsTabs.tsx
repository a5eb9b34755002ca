import { Badge, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { dueTodayCount, FOLLOW_UPS_PATH, useFollowUps } from './use-follow-ups';

const REGISTER_PATH = '/incidents';

/** The register and its follow-up worklist, one above the other's content (arrow keys move). */
export function IncidentsTabs({ current }: { current: 'register' | 'followUps' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useFollowUps();
  const due = list.data ? dueTodayCount(list.data) : 0;
  return (
    <Tabs
      value={current}
      onChange={(value) => void navigate(value === 'followUps' ? FOLLOW_UPS_PATH : REGISTER_PATH)}
      activateTabWithKeyboard={false}
    >
      <Tabs.List aria-label={t('followUps.tabs.label')}>
        <Tabs.Tab value="register">{t('followUps.tabs.register')}</Tabs.Tab>
        <Tabs.Tab
          value="followUps"
          rightSection={
            due > 0 ? (
              <Badge size="sm" circle={due < 10} color={list.data?.counts.overdue ? 'red' : 'blue'}>
                {due}
              </Badge>
            ) : undefined
          }
        >
          {t('followUps.tabs.followUps')}
        </Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
