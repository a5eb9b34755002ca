import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/contract/session';
import { SettingsPageFrame } from '../backup/SettingsPageFrame';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';

/** Settings → Import (owner only; also from the command palette): the wizard, then past imports. */
export function ImportPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <SettingsPageFrame user={user}>
      <Paper withBorder p="lg" component="section" aria-labelledby="import-title">
        <Stack gap="lg">
          <div>
            <Title order={3} id="import-title">
              {t('import.title')}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {t('import.description')}
            </Text>
          </div>
          <ImportWizard />
        </Stack>
      </Paper>
      <ImportHistory />
    </SettingsPageFrame>
  );
}
