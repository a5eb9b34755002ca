import { Button, Group, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import {
  IconArrowsExchange,
  IconCash,
  IconFilePlus,
  IconFileX,
  IconFlag,
  IconNote,
  IconPencil,
  IconReceiptOff,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../../shared/contract/incidents';
import {
  COST_KINDS,
  FAULTS,
  INCIDENT_CAUSES,
  INCIDENT_CHANNELS,
  INCIDENT_STATUSES,
  RESOLUTIONS,
} from '../../../../shared/domain/enums';
import { WAITING_FOR } from '../../../../shared/domain/incidents';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters, type Formatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';
import { gramsToText } from '../orders/order-form';
import { isOneOf } from './codes';
import { fileSize } from '../evidence/EvidenceItem';

type Entry = IncidentDetail['timeline'][number];
type Incident = IncidentDetail['incident'];

const ACTIONS = [
  'create',
  'update',
  'status',
  'cost',
  'void_cost',
  'evidence',
  'remove_evidence',
  'note',
] as const;
const ICON = {
  create: IconFlag,
  update: IconPencil,
  status: IconArrowsExchange,
  cost: IconCash,
  void_cost: IconReceiptOff,
  evidence: IconFilePlus,
  remove_evidence: IconFileX,
  note: IconNote,
} as const;
const COLOR: Record<(typeof ACTIONS)[number], string> = {
  create: 'blue',
  update: 'gray',
  status: 'indigo',
  cost: 'red',
  void_cost: 'orange',
  evidence: 'teal',
  remove_evidence: 'orange',
  note: 'gray',
};
const FIELDS = [
  'happenedOn',
  'channel',
  'cause',
  'fault',
  'status',
  'waitingFor',
  'resolution',
  'customerId',
  'orderId',
  'courierId',
  'customerSays',
  'promised',
  'description',
  'followUpDue',
  'parcelWeightG',
  'kind',
  'amount',
  'fileName',
] as const;

/** A value main recorded, in words: codes named, money and times formatted, links by name. */
function valueText(
  field: string,
  value: unknown,
  incident: Incident,
  t: TFunction,
  format: Formatters,
  locale: string,
) {
  if (value === null || value === undefined || value === '') return '—';
  const code = (list: readonly string[], key: string) =>
    isOneOf(list, value) ? t(`codes.${key}.${value}` as never) : String(value);
  switch (field) {
    case 'status':
      return code(INCIDENT_STATUSES, 'incidentStatus');
    case 'fault':
      return code(FAULTS, 'fault');
    case 'cause':
      return code(INCIDENT_CAUSES, 'incidentCause');
    case 'channel':
      return code(INCIDENT_CHANNELS, 'incidentChannel');
    case 'resolution':
      return code(RESOLUTIONS, 'resolution');
    case 'waitingFor':
      return code(WAITING_FOR, 'waitingFor');
    case 'kind':
      return code(COST_KINDS, 'costKind');
    case 'amount':
      return typeof value === 'number' ? format.money(value) : String(value);
    case 'followUpDue':
      return typeof value === 'number' ? format.dateTime(value) : String(value);
    case 'happenedOn':
      return typeof value === 'string' ? format.day(value) : String(value);
    case 'parcelWeightG':
      return typeof value === 'number' ? `${gramsToText(value)} ${t('incidents.page.kg')}` : String(value);
    case 'sizeBytes':
      return typeof value === 'number' ? fileSize(value, locale) : String(value);
    case 'customerId':
      return value === incident.customer?.id
        ? incident.customer.name || t('card.unnamed')
        : `#${String(value)}`;
    case 'orderId':
      return value === incident.order?.id ? incident.order.number : `#${String(value)}`;
    case 'courierId':
      return value === incident.courier?.id ? incident.courier.name : `#${String(value)}`;
    default: {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      return text.length > 160 ? `“${text.slice(0, 160)}…”` : `“${text}”`;
    }
  }
}

/** The lines under an entry: what changed (before → after), or what was added. */
function describe(
  entry: Entry,
  incident: Incident,
  t: TFunction,
  format: Formatters,
  locale: string,
): string[] {
  const shown = entry.changes.filter((change) => isOneOf(FIELDS, change.field));
  const label = (field: string) => t(`incidents.field.${field}` as never);
  const value = (field: string, v: unknown) => valueText(field, v, incident, t, format, locale);
  switch (entry.action) {
    case 'create':
      return shown
        .filter((change) => change.after !== null)
        .map((change) => `${label(change.field)}: ${value(change.field, change.after)}`);
    case 'cost':
    case 'void_cost': {
      const side = entry.action === 'cost' ? 'after' : 'before';
      const get = (field: string) => entry.changes.find((change) => change.field === field)?.[side];
      return [`${value('kind', get('kind'))} · ${value('amount', get('amount'))}`];
    }
    case 'evidence':
    case 'remove_evidence': {
      const side = entry.action === 'evidence' ? 'after' : 'before';
      const get = (field: string) => entry.changes.find((change) => change.field === field)?.[side];
      const size = get('sizeBytes');
      return [`${String(get('fileName') ?? '')}${size ? ` (${value('sizeBytes', size)})` : ''}`];
    }
    default:
      return shown.map(
        (change) =>
          `${label(change.field)}: ${value(change.field, change.before)} → ${value(change.field, change.after)}`,
      );
  }
}

/** Everything done with the incident, oldest first, and a note added below. */
export function IncidentTimeline({ detail }: { detail: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { incident, timeline } = detail;
  return (
    <Stack gap="sm" component="section" aria-labelledby="incident-timeline">
      <Title order={4} id="incident-timeline">
        {t('incidents.timeline.title')}
      </Title>
      {timeline.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidents.timeline.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={24} lineWidth={2} data-testid="incident-timeline">
          {timeline.map((entry, index) => {
            const action = isOneOf(ACTIONS, entry.action) ? entry.action : null;
            const Icon = action ? ICON[action] : IconPencil;
            return (
              <Timeline.Item
                key={index}
                bullet={<Icon size={13} />}
                color={action ? COLOR[action] : 'gray'}
                data-action={entry.action}
                title={
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {action ? t(`incidents.timeline.action.${action}`) : entry.action}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {entry.by ?? t('incidents.timeline.system')} · {format.dateTime(entry.at)}
                    </Text>
                  </Group>
                }
              >
                {describe(entry, incident, t, format, i18n.language).map((line, i) => (
                  <Text size="sm" key={i} style={{ overflowWrap: 'anywhere' }}>
                    {line}
                  </Text>
                ))}
                {entry.note && (
                  <Text
                    size="sm"
                    c={entry.action === 'note' ? undefined : 'dimmed'}
                    style={{ whiteSpace: 'pre-wrap' }}
                  >
                    {entry.note}
                  </Text>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      <NoteForm incidentId={incident.id} />
    </Stack>
  );
}

function NoteForm({ incidentId }: { incidentId: number }) {
  const { t } = useTranslation();
  const addNote = useChannelMutation('incidents.addNote');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      await addNote.mutateAsync({ incidentId, text });
      setText('');
      notifySuccess(t('incidents.timeline.noteAdded'), { brief: true });
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'VALIDATION') setError(errorMessage(failure));
      else notifyError(failure);
    }
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <Textarea
          flex={1}
          autosize
          minRows={1}
          maxRows={6}
          aria-label={t('incidents.timeline.noteLabel')}
          placeholder={t('incidents.timeline.notePlaceholder')}
          value={text}
          error={error}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void submit();
            }
          }}
        />
        <Button
          type="submit"
          variant="light"
          leftSection={<IconNote size={16} />}
          loading={addNote.isPending}
        >
          {t('incidents.timeline.addNote')}
        </Button>
      </Group>
    </form>
  );
}
