import { Button, EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SCREENS, type ScreenId } from '../shell/screens';

/**
 * A screen a later part of the work builds. It says what the screen will hold and what can be
 * done meanwhile; it never shows made-up data.
 */
export type PlannedScreenId = Exclude<
  ScreenId,
  'settings' | 'callDesk' | 'customers' | 'blocklist' | 'orders' | 'dayPlan' | 'incidents'
>;

export function PlannedScreen({ screen }: { screen: PlannedScreenId }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const info = SCREENS.find((candidate) => candidate.id === screen);
  const ScreenIcon = info?.icon;
  return (
    <Stack gap="lg" maw={960}>
      <Title order={2}>{t(`nav.${screen}`)}</Title>
      <Paper withBorder p="xl">
        <EmptyState
          size="md"
          variant="light"
          icon={ScreenIcon ? <ScreenIcon size={32} stroke={1.5} /> : null}
          title={t(`planned.${screen}.title`)}
          description={t(`planned.${screen}.holds`)}
        >
          <EmptyState.Actions>
            <Stack align="center" gap="sm">
              <Text size="sm" c="dimmed" ta="center" maw={560}>
                {t('planned.notYet')}
              </Text>
              <Button
                variant="light"
                leftSection={<IconSettings size={16} />}
                onClick={() => void navigate('/settings')}
              >
                {t('planned.openSettings')}
              </Button>
            </Stack>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    </Stack>
  );
}
