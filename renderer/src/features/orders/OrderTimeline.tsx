import { Badge, Group, Table, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowRight,
  IconCalendarEvent,
  IconMapPin,
  IconMessage,
  IconPhone,
  IconTruckDelivery,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import {
  ATTEMPT_OUTCOMES,
  CALL_OUTCOMES,
  CALL_PURPOSES,
  INCIDENT_CAUSES,
  INCIDENT_STATUSES,
  MOVE_REASONS,
  ORDER_STATUSES,
} from '../../../../shared/domain/enums';
import { useFormatters, type Formatters } from '../../lib/format';

type Entry = ChannelOutput<'orders.get'>['timeline'][number];

const ICON = {
  status: IconArrowRight,
  call: IconPhone,
  attempt: IconTruckDelivery,
  incident: IconAlertTriangle,
  message: IconMessage,
  move: IconCalendarEvent,
  arrival: IconMapPin,
} as const;
const KIND_COLOR = {
  status: 'gray',
  call: 'blue',
  attempt: 'teal',
  incident: 'red',
  message: 'indigo',
  move: 'orange',
  arrival: 'grape',
} as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Notes main writes itself ("call", "moved to 2026-11-24") in the reader's language. */
function noteText(note: string, t: TFunction, format: Formatters): string {
  if (note === 'call') return t('orders.timeline.byCall');
  const moved = /^moved to (\d{4}-\d{2}-\d{2})$/.exec(note);
  if (moved) return t('orders.timeline.movedTo', { date: format.day(moved[1]!) });
  const rescheduled = /^rescheduled to (\d{4}-\d{2}-\d{2})$/.exec(note);
  if (rescheduled) return t('orders.timeline.rescheduledTo', { date: format.day(rescheduled[1]!) });
  return note;
}

function split(detail: string): [string, string] {
  const at = detail.indexOf(' · ');
  return at < 0 ? [detail, ''] : [detail.slice(0, at), detail.slice(at + 3)];
}

/** What happened, in words: "Scheduled → Confirmed", "No answer", "Delivered, 12 Nov · 300 ₽". */
export function describe(entry: Entry, t: TFunction, format: Formatters): { title: string; detail: string } {
  const [head, note] = split(entry.detail);
  const noteShown = note ? noteText(note, t, format) : '';
  switch (entry.kind) {
    case 'status': {
      const to = isOneOf(ORDER_STATUSES, entry.code) ? t(`codes.orderStatus.${entry.code}`) : entry.code;
      const from = isOneOf(ORDER_STATUSES, head) ? t(`codes.orderStatus.${head}`) : null;
      return {
        title: from ? `${from} → ${to}` : t('orders.timeline.created', { status: to }),
        detail: noteShown,
      };
    }
    case 'call': {
      const outcome = isOneOf(CALL_OUTCOMES, entry.code) ? t(`codes.callOutcome.${entry.code}`) : entry.code;
      const purpose = isOneOf(CALL_PURPOSES, head) ? t(`codes.callPurpose.${head}`) : head;
      return { title: `${purpose}: ${outcome}`, detail: noteShown };
    }
    case 'attempt': {
      const outcome = isOneOf(ATTEMPT_OUTCOMES, entry.code)
        ? t(`codes.attemptOutcome.${entry.code}`)
        : entry.code;
      const day = /^\d{4}-\d{2}-\d{2}$/.test(head) ? format.day(head) : head;
      return { title: t('orders.timeline.attempt', { outcome, date: day }), detail: noteShown };
    }
    case 'incident': {
      const cause = isOneOf(INCIDENT_CAUSES, entry.code)
        ? t(`codes.incidentCause.${entry.code}`)
        : entry.code;
      const status = isOneOf(INCIDENT_STATUSES, head) ? t(`codes.incidentStatus.${head}`) : head;
      return { title: t('orders.timeline.incident', { cause }), detail: status };
    }
    case 'message':
      // The text as it was sent: the customer's words to the shop are worth reading in full.
      return { title: t('orders.timeline.messageSent'), detail: entry.detail };
    case 'move': {
      const reason = isOneOf(MOVE_REASONS, entry.code) ? t(`codes.moveReason.${entry.code}`) : entry.code;
      const title = /^\d{4}-\d{2}-\d{2}$/.test(head)
        ? t('orders.timeline.movedWithReason', { date: format.day(head), reason })
        : t('orders.timeline.movedNoDay', { reason });
      return { title, detail: note };
    }
    case 'arrival': {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(head) ? format.day(head) : head;
      return { title: t('orders.timeline.arrival', { date: day }), detail: note };
    }
  }
}

/**
 * Status changes, calls, delivery attempts with their cost, incidents, messages sent, moves with
 * their reason and the post's arrival in the customer's city: oldest first.
 */
export function OrderTimeline({ entries }: { entries: Entry[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('orders.timeline.empty')}
      </Text>
    );
  return (
    <Table verticalSpacing={6} aria-label={t('orders.timeline.title')} data-testid="order-timeline">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>{t('orders.timeline.when')}</Table.Th>
          <Table.Th>{t('orders.timeline.what')}</Table.Th>
          <Table.Th w={150}>{t('orders.timeline.by')}</Table.Th>
          <Table.Th w={120} ta="right">
            {t('orders.timeline.cost')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry, index) => {
          const Icon = ICON[entry.kind];
          const { title, detail } = describe(entry, t, format);
          return (
            <Table.Tr key={index} data-kind={entry.kind}>
              <Table.Td>
                <Text size="sm">{format.dateTime(entry.at)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Badge
                    size="sm"
                    variant="light"
                    color={KIND_COLOR[entry.kind]}
                    leftSection={<Icon size={12} />}
                    miw={100}
                  >
                    {t(`orders.timeline.kind.${entry.kind}`)}
                  </Badge>
                  <Text size="sm" fw={500}>
                    {title}
                  </Text>
                  {detail && (
                    <Text size="sm" c="dimmed" lineClamp={3} style={{ minWidth: 0 }}>
                      · {detail}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.by ?? '—'}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text
                  size="sm"
                  c={entry.kind === 'incident' && (entry.amount ?? 0) > 0 ? 'red.8' : undefined}
                >
                  {entry.amount === null ? '' : format.money(entry.amount)}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
