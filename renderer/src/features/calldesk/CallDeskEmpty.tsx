import { EmptyState, List, Paper, Text } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Before anything is typed: what the field understands. */
export function CallDeskEmpty() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl">
      <EmptyState
        size="md"
        variant="light"
        icon={<IconPhoneCall size={32} stroke={1.5} />}
        title={t('callDesk.empty.title')}
        description={t('callDesk.empty.description')}
      >
        <List size="sm" spacing={4} mt="sm" c="dimmed">
          <List.Item>{t('callDesk.empty.phone')}</List.Item>
          <List.Item>{t('callDesk.empty.digits')}</List.Item>
          <List.Item>{t('callDesk.empty.name')}</List.Item>
          <List.Item>{t('callDesk.empty.emailOrder')}</List.Item>
        </List>
        <Text size="xs" c="dimmed" mt="sm">
          {t('callDesk.empty.keys')}
        </Text>
      </EmptyState>
    </Paper>
  );
}
