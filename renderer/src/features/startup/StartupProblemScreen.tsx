import { Code, Stack, Text } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/contract/app';
import { FullScreenMessage } from '../../components/FullScreenMessage';

type Problem = NonNullable<AppStatus['problem']>;

/**
 * The database could not be opened. Nothing else is shown: working on with a database the app
 * does not understand could damage it. The file is named so the owner can find it.
 */
export function StartupProblemScreen({ status, problem }: { status: AppStatus; problem: Problem }) {
  const { t } = useTranslation();
  const kind = problem.kind;
  return (
    <FullScreenMessage
      icon={<IconDatabaseOff size={28} />}
      color="orange"
      title={t(`startup.${kind}.title`)}
      width={640}
    >
      <Text>{t(`startup.${kind}.explanation`)}</Text>
      <Text fw={600}>{t('startup.untouched')}</Text>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('startup.databaseFile')}
        </Text>
        <Code block data-testid="database-path">
          {status.databasePath}
        </Code>
      </Stack>
      <Text>{t(`startup.${kind}.whatToDo`)}</Text>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('startup.details')}
        </Text>
        <Code block>{problem.message}</Code>
      </Stack>
      <Text size="sm" c="dimmed">
        {t('startup.version', { version: status.version })}
      </Text>
    </FullScreenMessage>
  );
}
