import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMessageChatbot } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IncidentCause } from '../../../../shared/domain/enums';
import { useChannelQuery } from '../../lib/query';
import { responseScript } from './response-script';

/** Beside the logging form: what the shop offers for the chosen cause, to read out on the call. */
export function ResponseScriptPanel({ cause }: { cause: IncidentCause | null }) {
  const { t } = useTranslation();
  const settings = useChannelQuery('settings.get', {});
  const script = cause ? responseScript(cause, settings.data?.responseScripts, t) : null;
  return (
    <Paper
      withBorder
      p="md"
      bg="var(--mantine-color-yellow-0)"
      component="aside"
      aria-labelledby="response-script-title"
      data-testid="response-script"
      h="100%"
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <IconMessageChatbot size={20} aria-hidden />
          <Title order={4} id="response-script-title">
            {t('incidents.scriptPanel.title')}
          </Title>
        </Group>
        {!cause || !script ? (
          <Text size="sm" c="dimmed">
            {t('incidents.scriptPanel.pickCause')}
          </Text>
        ) : (
          <>
            <Group gap="xs" justify="space-between">
              <Text fw={600} size="sm">
                {t(`codes.incidentCause.${cause}`)}
              </Text>
              <Badge size="xs" variant="light" color={script.owners ? 'indigo' : 'gray'}>
                {script.owners ? t('incidents.scriptPanel.owners') : t('incidents.scriptPanel.builtIn')}
              </Badge>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="response-script-text">
              {script.text}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
