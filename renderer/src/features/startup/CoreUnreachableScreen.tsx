import { Button, Text } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FullScreenMessage } from '../../components/FullScreenMessage';
import { errorMessage } from '../../lib/errors';

/** The core did not answer at all (no bridge, or an internal failure before any screen). */
export function CoreUnreachableScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <FullScreenMessage
      icon={<IconPlugConnectedX size={28} />}
      color="red"
      title={t('startup.unreachable.title')}
    >
      <Text>{t('startup.unreachable.explanation')}</Text>
      <Text c="dimmed">{errorMessage(error)}</Text>
      <Button onClick={onRetry} variant="light" w="fit-content">
        {t('common.tryAgain')}
      </Button>
    </FullScreenMessage>
  );
}
