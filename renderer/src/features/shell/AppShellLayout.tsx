import { AppShell, Button, Group, Kbd, Text, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { spotlight } from '@mantine/spotlight';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import type { SessionUser } from '../../../../shared/contract/session';
import { isLanguage } from '../../app/i18n';
import { useChannelQuery } from '../../lib/query';
import { BlocklistScreen } from '../blocklist/BlocklistScreen';
import { CallDeskScreen } from '../calldesk/CallDeskScreen';
import { CustomerPage } from '../customers/CustomerPage';
import { CustomersScreen } from '../customers/CustomersScreen';
import { DayPlanScreen } from '../dayplan/DayPlanScreen';
import { FollowUpsScreen } from '../incidents/FollowUpsScreen';
import { IncidentPage } from '../incidents/IncidentPage';
import { IncidentsScreen } from '../incidents/IncidentsScreen';
import { EditOrderPage, NewOrderPage } from '../orders/OrderEditorPage';
import { OrderPage } from '../orders/OrderPage';
import { OrdersScreen } from '../orders/OrdersScreen';
import { PlannedScreen } from '../planned/PlannedScreen';
import { ReportsScreen } from '../reports/ReportsScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { OwnerSettingsPage } from '../backup/OwnerSettingsPage';
import { CommandPalette } from './CommandPalette';
import { DemoMarker } from './DemoMarker';
import { NavigationList } from './NavigationList';
import { DEFAULT_SCREEN_PATH, SCREENS, type ScreenId } from './screens';
import { StatusBar } from './StatusBar';
import { useScreenHotkeys } from './use-screen-hotkeys';
import { useScreenTitle } from './use-screen-title';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

function screenElement(id: ScreenId, user: SessionUser) {
  switch (id) {
    case 'callDesk':
      return <CallDeskScreen />;
    case 'customers':
      return <CustomersScreen />;
    case 'orders':
      return <OrdersScreen />;
    case 'dayPlan':
      return <DayPlanScreen />;
    case 'incidents':
      return <IncidentsScreen />;
    case 'blocklist':
      return <BlocklistScreen user={user} />;
    case 'settings':
      return <SettingsScreen user={user} />;
    case 'reports':
      return <ReportsScreen user={user} />;
    default:
      return <PlannedScreen screen={id} />;
  }
}

/** The signed-in app: header, navigation on the left, status bar at the bottom. */
export function AppShellLayout({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const settings = useChannelQuery('settings.get', {});
  useScreenHotkeys();
  useScreenTitle();
  const language = isLanguage(i18n.language) ? i18n.language : user.language;

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 232, breakpoint: 0 }}
      footer={{ height: 40 }}
      padding="lg"
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={3} c="teal.8">
              {t('app.name')}
            </Title>
            {settings.data && (
              <Text c="dimmed" truncate maw={420}>
                {settings.data.shopName}
              </Text>
            )}
            <DemoMarker />
          </Group>
          <Button
            variant="default"
            leftSection={<IconSearch size={16} />}
            rightSection={<Kbd size="xs">{isMac ? '⇧ ⌘ P' : 'Ctrl Shift P'}</Kbd>}
            onClick={() => spotlight.open()}
          >
            {t('shell.commands')}
          </Button>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        <NavigationList />
      </AppShell.Navbar>
      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <Routes>
          <Route index element={<Navigate to={DEFAULT_SCREEN_PATH} replace />} />
          {SCREENS.map((screen) => (
            <Route key={screen.id} path={screen.path} element={screenElement(screen.id, user)} />
          ))}
          <Route path="/customers/:id" element={<CustomerPage />} />
          <Route path="/orders/new" element={<NewOrderPage />} />
          <Route path="/orders/:id" element={<OrderPage />} />
          <Route path="/orders/:id/edit" element={<EditOrderPage />} />
          <Route path="/incidents/follow-ups" element={<FollowUpsScreen />} />
          <Route path="/incidents/:id" element={<IncidentPage />} />
          <Route path="/day-plan/calls" element={<DayPlanScreen />} />
          <Route path="/day-plan/end-of-day" element={<DayPlanScreen />} />
          <Route path="/settings/:page" element={<OwnerSettingsPage user={user} />} />
          <Route path="*" element={<Navigate to={DEFAULT_SCREEN_PATH} replace />} />
        </Routes>
      </AppShell.Main>
      <AppShell.Footer px="md">
        <StatusBar user={user} shopName={settings.data?.shopName} />
      </AppShell.Footer>
      <CommandPalette language={language} />
    </AppShell>
  );
}
