import type { TFunction } from 'i18next';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import {
  IconBan,
  IconLock,
  IconLockOpen,
  IconShieldCheck,
  IconShieldOff,
  IconUserCheck,
} from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlocklistEntry } from '../../../../shared/contract/blocklist';
import type { SessionUser } from '../../../../shared/contract/session';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';
import { GrantExceptionDialog } from './GrantExceptionDialog';
import { LiftDialog } from './LiftDialog';

interface HistoryEvent {
  at: number;
  color: string;
  icon: ReactNode;
  title: string;
  detail?: string;
}

function historyOf(entry: BlocklistEntry, t: TFunction): HistoryEvent[] {
  const action = t(`codes.blockAction.${entry.action}`);
  const events: HistoryEvent[] = [
    {
      at: entry.createdAt,
      color: 'red',
      icon: <IconBan size={12} />,
      title: t('blocklist.history.created', { name: entry.createdBy, action }),
      detail: entry.reason,
    },
  ];
  for (const exception of entry.exceptions) {
    events.push({
      at: exception.grantedAt,
      color: 'teal',
      icon: <IconUserCheck size={12} />,
      title: t('blocklist.history.granted', { name: exception.grantedBy, customer: exception.customerName }),
      detail: exception.reason,
    });
    if (exception.revokedAt !== null)
      events.push({
        at: exception.revokedAt,
        color: 'orange',
        icon: <IconShieldOff size={12} />,
        title: t('blocklist.history.revoked', {
          name: exception.revokedBy ?? '',
          customer: exception.customerName,
        }),
      });
  }
  if (entry.liftedAt !== null)
    events.push({
      at: entry.liftedAt,
      color: 'teal',
      icon: <IconLockOpen size={12} />,
      title: t('blocklist.history.lifted', { name: entry.liftedBy ?? '' }),
      detail: entry.liftReason ?? undefined,
    });
  return events.sort((a, b) => a.at - b.at);
}

/** An entry opened: its whole history, its exceptions, and the owner's decisions. */
export function EntryDetails({ entry, user }: { entry: BlocklistEntry; user: SessionUser }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const revoke = useChannelMutation('blocklist.revokeException');
  const [dialog, setDialog] = useState<'lift' | 'grant' | null>(null);
  // Lifting, granting and revoking are the owner's (main refuses anyone else): the operator sees
  // them disabled with the reason, instead of typing a reason first and being refused after.
  const isOwner = user.role === 'owner';
  const ownerOnlyId = useId();
  const ownerOnly = isOwner ? {} : { disabled: true, 'aria-describedby': ownerOnlyId };

  const revokeException = async (exceptionId: number) => {
    try {
      await revoke.mutateAsync({ exceptionId });
      notifySuccess(t('blocklist.revoked'));
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <SimpleGrid cols={2} spacing="lg" p="md" data-testid="entry-details">
      <section aria-label={t('blocklist.history.title')}>
        <Title order={5} mb="xs">
          {t('blocklist.history.title')}
        </Title>
        <Timeline bulletSize={20} lineWidth={2} active={99}>
          {historyOf(entry, t).map((event, index) => (
            <Timeline.Item key={index} bullet={event.icon} color={event.color} title={event.title}>
              {event.detail && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {event.detail}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {format.dateTime(event.at)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
        {entry.expiresAt !== null && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('blocklist.history.expires', { date: format.date(entry.expiresAt - 1) })}
          </Text>
        )}
      </section>
      <Stack gap="sm">
        <Title order={5}>{t('blocklist.exceptions.title')}</Title>
        <Text size="xs" c="dimmed">
          {t('blocklist.exceptions.hint')}
        </Text>
        {entry.exceptions.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('blocklist.exceptions.none')}
          </Text>
        )}
        {entry.exceptions.map((exception) => (
          <Paper key={exception.id} withBorder p="xs" data-testid="exception">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Group gap={6}>
                  <IconShieldCheck size={14} color="var(--mantine-color-teal-7)" />
                  <Text size="sm" fw={600}>
                    {exception.customerName}
                  </Text>
                  {exception.revokedAt !== null && (
                    <Badge size="xs" color="gray" variant="light">
                      {t('blocklist.exceptions.revokedBadge')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm">{exception.reason}</Text>
                <Text size="xs" c="dimmed">
                  {t('blocklist.exceptions.grantedBy', {
                    name: exception.grantedBy,
                    date: format.date(exception.grantedAt),
                  })}
                </Text>
              </div>
              {exception.revokedAt === null && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="orange"
                  loading={revoke.isPending && revoke.variables?.exceptionId === exception.id}
                  {...ownerOnly}
                  onClick={() => void revokeException(exception.id)}
                >
                  {t('blocklist.exceptions.revoke')}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
        {entry.state !== 'lifted' && (
          <Group gap="xs" mt="xs">
            <Button
              size="xs"
              variant="light"
              color="teal"
              leftSection={<IconUserCheck size={14} />}
              onClick={() => setDialog('grant')}
              {...ownerOnly}
            >
              {t('blocklist.exceptions.grant')}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="gray"
              leftSection={<IconLockOpen size={14} />}
              onClick={() => setDialog('lift')}
              {...ownerOnly}
            >
              {t('blocklist.lift.button')}
            </Button>
          </Group>
        )}
        {!isOwner && (entry.state !== 'lifted' || entry.exceptions.some((e) => e.revokedAt === null)) && (
          <Group gap={6} wrap="nowrap">
            <IconLock size={14} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text id={ownerOnlyId} size="xs" c="dimmed">
              {t('blocklist.ownerOnly')}
            </Text>
          </Group>
        )}
      </Stack>
      {dialog === 'lift' && <LiftDialog entry={entry} onClose={() => setDialog(null)} />}
      {dialog === 'grant' && <GrantExceptionDialog entry={entry} onClose={() => setDialog(null)} />}
    </SimpleGrid>
  );
}
