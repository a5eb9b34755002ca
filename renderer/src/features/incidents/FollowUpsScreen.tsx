import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMailbox, IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  FOLLOW_UP_BUCKETS,
  type FollowUpBucket,
  type FollowUpItem,
} from '../../../../shared/contract/followups';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { IncidentStatusBadge } from './IncidentBadges';
import { IncidentsTabs } from './IncidentsTabs';
import { useFollowUps } from './use-follow-ups';

const BUCKET_COLOR: Record<FollowUpBucket, string> = { overdue: 'red', today: 'orange', week: 'blue' };

/**
 * What to come back to: overdue, later today and this week, soonest first — the call backs and
 * the days the post starts accepting a search request (issue 16, point 6). Each row is a link:
 * Tab moves along them, Enter opens the incident.
 */
export function FollowUpsScreen() {
  const { t } = useTranslation();
  const format = useFormatters();
  const list = useFollowUps();
  const data = list.data;
  const empty = data !== undefined && FOLLOW_UP_BUCKETS.every((bucket) => data.counts[bucket] === 0);

  return (
    <Stack gap="md" data-testid="follow-ups" data-ready={data !== undefined}>
      <div>
        <Title order={2}>{t('followUps.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('followUps.subtitle')}
        </Text>
      </div>
      <IncidentsTabs current="followUps" />
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      {list.isError && <Alert color="red">{errorMessage(list.error)}</Alert>}
      {empty && (
        <Paper withBorder p="lg" data-testid="follow-ups-empty">
          <Stack gap="sm" align="flex-start">
            <Title order={3}>{t('followUps.empty.title')}</Title>
            <Text size="sm" maw={720}>
              {t('followUps.empty.body')}
            </Text>
            <Button component={Link} to="/incidents" variant="light">
              {t('followUps.empty.action')}
            </Button>
          </Stack>
        </Paper>
      )}
      {data &&
        !empty &&
        FOLLOW_UP_BUCKETS.map((bucket) => (
          <Paper key={bucket} withBorder p="md" component="section" aria-labelledby={`follow-ups-${bucket}`}>
            <Group gap="sm" mb="xs" align="baseline">
              <Title order={3} size="h4" id={`follow-ups-${bucket}`}>
                {t(`followUps.bucket.${bucket}`)}
              </Title>
              <Badge color={BUCKET_COLOR[bucket]} variant="light" data-testid={`follow-ups-count-${bucket}`}>
                {format.number(data.counts[bucket])}
              </Badge>
              <Text size="sm" c="dimmed">
                {t(`followUps.bucketHint.${bucket}`, { date: format.day(data.weekEnds) })}
              </Text>
            </Group>
            {data.buckets[bucket].length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('followUps.noneInBucket')}
              </Text>
            ) : (
              <Stack
                gap={2}
                component="ul"
                m={0}
                p={0}
                style={{ listStyle: 'none' }}
                data-testid={`follow-ups-${bucket}`}
              >
                {data.buckets[bucket].map((item) => (
                  <FollowUpRow key={item.incidentId} item={item} overdue={bucket === 'overdue'} />
                ))}
              </Stack>
            )}
            {data.counts[bucket] > data.buckets[bucket].length && (
              <Text size="sm" c="dimmed" mt="xs">
                {t('followUps.more', {
                  shown: format.number(data.buckets[bucket].length),
                  n: format.number(data.counts[bucket]),
                })}{' '}
                {bucket === 'overdue' && (
                  <Anchor component={Link} to="/incidents?overdue=1" size="sm">
                    {t('followUps.moreLink')}
                  </Anchor>
                )}
              </Text>
            )}
          </Paper>
        ))}
    </Stack>
  );
}

function FollowUpRow({ item, overdue }: { item: FollowUpItem; overdue: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const Icon = item.kind === 'post_search' ? IconMailbox : IconPhoneCall;
  return (
    <li>
      <Anchor
        component={Link}
        to={`/incidents/${item.incidentId}`}
        underline="never"
        c="inherit"
        display="block"
        px="xs"
        py={6}
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        data-testid="follow-up-row"
        data-id={item.incidentId}
      >
        <Group gap="sm" wrap="nowrap">
          <Text size="sm" fw={600} c={overdue ? 'red.8' : undefined} w={180} style={{ flexShrink: 0 }}>
            {format.dateTime(item.due)}
          </Text>
          <Badge
            variant="light"
            color={item.kind === 'post_search' ? 'grape' : 'teal'}
            leftSection={<Icon size={12} aria-hidden />}
            tt="none"
            style={{ flexShrink: 0 }}
          >
            {t(`followUps.kind.${item.kind}`)}
          </Badge>
          <Text size="sm" fw={500} truncate style={{ minWidth: 0 }}>
            #{item.incidentId} · {t(`codes.incidentCause.${item.cause}`)}
          </Text>
          <Text size="sm" c="dimmed" truncate style={{ minWidth: 0, flex: 1 }}>
            {item.customerName === null
              ? t('followUps.noCustomer')
              : [item.customerName || t('card.unnamed'), item.customerPhone].filter(Boolean).join(' · ')}
            {item.orderNumber ? ` · ${item.orderNumber}` : ''}
          </Text>
          {item.status === 'waiting' && (
            <IncidentStatusBadge
              status={item.status}
              waitingFor={item.waitingFor}
              short
              size="sm"
              tt="none"
            />
          )}
        </Group>
      </Anchor>
    </li>
  );
}
