import { Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESOLUTIONS } from '../../../../shared/domain/enums';
import { call } from '../../lib/api';
import { notifyError } from '../../lib/errors';
import { useChannelMutation } from '../../lib/query';
import { IncidentsTable } from './IncidentsTable';
import type { IncidentFilter } from './use-incident-pages';

type Resolution = (typeof RESOLUTIONS)[number];
/** incidents.resolveMany takes this many at once. */
const MAX_AT_ONCE = 500;
const OPEN_STATUSES = ['open', 'waiting'] as const;

/**
 * The register's rows with check boxes, and the bar that resolves the checked ones with one
 * resolution and reason (issue 16, point 6). Keyed by the filter: a new filter starts unchecked.
 */
export function RegisterRows({ filter, total }: { filter: IncidentFilter; total: number }) {
  const { t } = useTranslation();
  const [ids, setIds] = useState<ReadonlySet<number>>(new Set());
  const [resolution, setResolution] = useState<Resolution>('compensation');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const resolve = useChannelMutation('incidents.resolveMany');
  const toggle = (id: number) =>
    setIds((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  // The open ones among what the filter shows (a day's promo complaints: filter, select, resolve).
  const openStatuses = filter.statuses
    ? OPEN_STATUSES.filter((status) => filter.statuses?.includes(status))
    : [...OPEN_STATUSES];
  const selectOpen = async () => {
    try {
      const page = await call('incidents.list', {
        ...filter,
        statuses: openStatuses,
        offset: 0,
        limit: MAX_AT_ONCE,
      });
      setIds(new Set(page.rows.map((row) => row.id)));
      if (page.total > MAX_AT_ONCE)
        notifications.show({ color: 'yellow', message: t('followUps.bulk.capped', { n: MAX_AT_ONCE }) });
    } catch (error) {
      notifyError(error);
    }
  };
  const submit = async () => {
    if (reason.trim() === '') {
      setReasonError(t('incidents.reasonNeeded'));
      return;
    }
    setReasonError(null);
    try {
      const result = await resolve.mutateAsync({ ids: [...ids], resolution, reason: reason.trim() });
      const skipped = (why: string) => result.skipped.filter((s) => s.why === why).length;
      const lines = [
        t('followUps.bulk.done', { n: result.resolved.length }),
        skipped('owner_decision') > 0 && t('followUps.bulk.skippedOwner', { n: skipped('owner_decision') }),
        skipped('closed') > 0 && t('followUps.bulk.skippedClosed', { n: skipped('closed') }),
        skipped('not_found') > 0 && t('followUps.bulk.skippedGone', { n: skipped('not_found') }),
      ].filter(Boolean);
      notifications.show({
        color: result.skipped.length > 0 ? 'yellow' : 'teal',
        message: lines.join(' '),
        // The summary is the signal the e2e test waits on.
        id: 'bulk-resolved',
      });
      setIds(new Set());
      setReason('');
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <>
      <Paper withBorder p="xs" data-testid="bulk-resolve" bg={ids.size > 0 ? 'blue.0' : undefined}>
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <Button
            variant="default"
            size="sm"
            onClick={() => void selectOpen()}
            disabled={openStatuses.length === 0}
          >
            {t('followUps.bulk.selectOpen')}
          </Button>
          <Text size="sm" fw={500} miw={90} pb={8} data-testid="bulk-selected">
            {t('followUps.bulk.selected', { n: ids.size })}
          </Text>
          {ids.size > 0 && (
            <>
              <Select<Resolution>
                w={200}
                label={t('followUps.bulk.resolution')}
                allowDeselect={false}
                data={RESOLUTIONS.map((value) => ({ value, label: t(`codes.resolution.${value}`) }))}
                value={resolution}
                onChange={(value) => value && setResolution(value)}
              />
              <TextInput
                flex={1}
                label={t('followUps.bulk.reason')}
                placeholder={t('followUps.bulk.reasonPlaceholder')}
                value={reason}
                maxLength={1000}
                onChange={(event) => setReason(event.currentTarget.value)}
                error={reasonError}
              />
              <Button
                leftSection={<IconChecks size={16} />}
                loading={resolve.isPending}
                onClick={() => void submit()}
              >
                {t('followUps.bulk.resolve', { n: ids.size })}
              </Button>
              <Button variant="subtle" onClick={() => setIds(new Set())}>
                {t('followUps.bulk.clear')}
              </Button>
            </>
          )}
        </Group>
      </Paper>
      <IncidentsTable filter={filter} total={total} selection={{ ids, toggle }} />
    </>
  );
}
