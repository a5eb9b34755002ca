import { Alert, Button, Group, Loader, Select, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IconFilterOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/contract/session';
import { isIsoDate } from '../../../../shared/domain/dates';
import { SectionCard } from '../../components/SectionCard';
import { call } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { channelKey, useChannelQuery } from '../../lib/query';
import { AuditTable } from './AuditTable';
import { actionName, entityName } from './audit-text';
import { SettingsPageFrame } from './SettingsPageFrame';
import { AUDIT_PAGE_SIZE, type AuditFilter } from './use-audit-pages';

/** Settings → Audit log (owner only): who changed what and when, filterable, newest first. */
export function AuditPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [person, setPerson] = useState<string | null>(null);
  const [entity, setEntity] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const staff = useChannelQuery('staff.list', {});

  const reversed = isIsoDate(from) && isIsoDate(to) && from > to;
  const filter: AuditFilter = {
    ...(person ? { staffId: Number(person) } : {}),
    ...(entity ? { entity } : {}),
    ...(action ? { action } : {}),
    // A reversed range is refused beside "To" and left out, rather than sent to be refused.
    ...(isIsoDate(from) && !reversed ? { from } : {}),
    ...(isIsoDate(to) && !reversed ? { to } : {}),
  };
  const firstPage = { ...filter, offset: 0, limit: AUDIT_PAGE_SIZE };
  const head = useQuery({
    queryKey: channelKey('audit.list', firstPage),
    queryFn: () => call('audit.list', firstPage),
    // Every change anywhere adds an entry: read afresh each time the page opens.
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
  const total = head.data?.total ?? null;
  const filtered = person !== null || entity !== null || action !== null || from !== '' || to !== '';
  const clear = () => {
    setPerson(null);
    setEntity(null);
    setAction(null);
    setFrom('');
    setTo('');
  };

  const entities = Object.keys(t('audit.entity', { returnObjects: true }) as Record<string, string>)
    .map((value) => ({ value, label: entityName(value, t) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const actions = Object.keys(t('codes.auditAction', { returnObjects: true }) as Record<string, string>)
    .map((value) => ({ value, label: actionName(value, t) }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <SettingsPageFrame user={user}>
      <SectionCard title={t('audit.title')} description={t('audit.description')} labelledBy="audit-title">
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <Select
            w={190}
            label={t('audit.filter.person')}
            placeholder={t('audit.filter.anyPerson')}
            clearable
            data={(staff.data ?? []).map((member) => ({ value: String(member.id), label: member.name }))}
            value={person}
            onChange={setPerson}
          />
          <Select
            w={200}
            label={t('audit.filter.entity')}
            placeholder={t('audit.filter.anyEntity')}
            clearable
            searchable
            data={entities}
            value={entity}
            onChange={setEntity}
          />
          <Select
            flex={1}
            miw={200}
            label={t('audit.filter.action')}
            placeholder={t('audit.filter.anyAction')}
            clearable
            searchable
            data={actions}
            value={action}
            onChange={setAction}
          />
          <TextInput
            w={150}
            type="date"
            label={t('audit.filter.from')}
            value={from}
            onChange={(event) => setFrom(event.currentTarget.value)}
          />
          <TextInput
            w={150}
            type="date"
            label={t('audit.filter.to')}
            value={to}
            error={reversed ? t('audit.filter.toBeforeFrom') : undefined}
            onChange={(event) => setTo(event.currentTarget.value)}
          />
        </Group>
        <Group justify="space-between" mih={28}>
          <Group gap="xs">
            {total !== null && (
              <Text size="sm" c="dimmed" data-testid="audit-total">
                {t('audit.total', { n: format.number(total) })}
              </Text>
            )}
            {head.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
          </Group>
          {filtered && (
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconFilterOff size={14} />}
              onClick={clear}
            >
              {t('audit.clearFilters')}
            </Button>
          )}
        </Group>
        {head.isError && <Alert color="red">{errorMessage(head.error)}</Alert>}
        {total === 0 && (
          <Alert color="gray" variant="light">
            {filtered ? t('audit.noneMatch') : t('audit.empty')}
          </Alert>
        )}
        {total !== null && total > 0 && (
          <AuditTable key={JSON.stringify(filter)} filter={filter} total={total} />
        )}
      </SectionCard>
    </SettingsPageFrame>
  );
}
