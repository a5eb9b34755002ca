import { Alert, Anchor, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';
import { useSession } from '../../lib/session';
import { AttemptLossesSection } from './AttemptLossesSection';
import { CostsSection } from './CostsSection';
import { DecisionPanel } from './DecisionPanel';
import { IncidentEvidence } from './IncidentEvidence';
import { ResponseScriptPanel } from './ResponseScriptPanel';
import { IncidentFacts } from './IncidentFacts';
import { IncidentStatusBadge, OverdueBadge } from './IncidentBadges';
import { IncidentTimeline } from './IncidentTimeline';

/** One incident: what happened and with whom, the decision, the money, the evidence, the story. */
export function IncidentPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = Number(useParams().id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const got = useChannelQuery('incidents.get', { id: valid ? id : 1 }, { enabled: valid });
  const isOwner = useSession().data?.user?.role === 'owner';
  const back = (
    <Anchor component={Link} to="/incidents" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('incidents.page.back')}
      </Group>
    </Anchor>
  );
  if (!valid || got.isError)
    return (
      <Stack gap="md" maw={1240}>
        {back}
        <Alert color="red">{got.isError ? errorMessage(got.error) : t('incidents.page.notFound')}</Alert>
      </Stack>
    );
  if (!got.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const detail = got.data;
  const { incident } = detail;

  return (
    <Stack gap="md" maw={1240} data-testid="incident-page" data-incident-id={incident.id}>
      {back}
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed">
            {t('incidents.page.title', { id: incident.id })} · {format.day(incident.happenedOn)}
          </Text>
          <Group gap="sm" align="center">
            <Title order={2}>{t(`codes.incidentCause.${incident.cause}`)}</Title>
            <IncidentStatusBadge
              status={incident.status}
              waitingFor={incident.waitingFor}
              size="lg"
              data-testid="incident-status"
            />
            {incident.overdue && incident.followUpDue !== null && (
              <OverdueBadge
                size="lg"
                label={t('incidents.overdueSince', { date: format.dateTime(incident.followUpDue) })}
              />
            )}
          </Group>
        </div>
      </Group>
      <Grid gap="md">
        <Grid.Col span={7}>
          <Paper withBorder p="md" h="100%">
            <IncidentFacts incident={incident} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={5}>
          <Paper withBorder p="md" h="100%">
            <DecisionPanel incident={incident} isOwner={isOwner} onReload={() => void got.refetch()} />
          </Paper>
        </Grid.Col>
      </Grid>
      {/* Calling the customer back: the same words the shop offers when the complaint came in. */}
      <ResponseScriptPanel cause={incident.cause} />
      <Paper withBorder p="md">
        <CostsSection detail={detail} isOwner={isOwner} />
      </Paper>
      {detail.attemptLosses.length > 0 && (
        <Paper withBorder p="md">
          <AttemptLossesSection lines={detail.attemptLosses} />
        </Paper>
      )}
      <Paper withBorder p="md">
        <IncidentEvidence detail={detail} isOwner={isOwner} />
      </Paper>
      <Paper withBorder p="md">
        <IncidentTimeline detail={detail} />
      </Paper>
    </Stack>
  );
}
