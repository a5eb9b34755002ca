import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Kbd,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconPhoneCheck, IconPhoneOff } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError } from '../../lib/errors';
import { displayPhone } from '../../lib/phone-display';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { useShopToday } from '../../lib/shop-day';
import { useFormatters } from '../../lib/format';
import { StatusBadge } from '../orders/StatusBadge';
import { CallLogDialog } from './CallLogDialog';
import classes from './CallsView.module.css';
import { doorText } from './door-text';
import { MessageInsteadList } from './MessageInsteadList';

type CallRow = ChannelOutput<'calls.list'>[number];
type Outcome = ChannelInput<'calls.log'>['outcome'];

/** The keys of a call, in the order an operator meets them. 6: they asked to be called again at a time. */
const KEYS: { key: string; outcome: Outcome; color: string; callBack?: true }[] = [
  { key: '1', outcome: 'confirmed', color: 'teal' },
  { key: '2', outcome: 'no_answer', color: 'gray' },
  { key: '3', outcome: 'busy', color: 'gray' },
  { key: '4', outcome: 'reschedule', color: 'blue' },
  { key: '5', outcome: 'cancelled', color: 'red' },
  { key: '6', outcome: 'talked', color: 'indigo', callBack: true },
];
const keyLabel = (k: (typeof KEYS)[number], t: TFunction) =>
  k.callBack ? t('plan.calls.callBack') : t(`codes.callOutcome.${k.outcome}`);
const TRIES = 5;

function state(row: CallRow): 'confirmed' | 'tried' | 'needs' {
  if (row.confirmed) return 'confirmed';
  return row.attempts >= TRIES ? 'tried' : 'needs';
}

/**
 * Customers to confirm for a day, by window, call-backs after by their time; one keystroke logs a
 * call (two when it needs more). Those who get a message instead are listed apart, below.
 */
export function CallsView({ date, dayLabel }: { date: string; dayLabel: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const calls = useChannelQuery('calls.list', { date });
  const settings = useChannelQuery('settings.get', {});
  const log = useChannelMutation('calls.log');
  const [dialog, setDialog] = useState<{ row: CallRow; outcome: Outcome; callBack: boolean } | null>(null);
  const [last, setLast] = useState('');
  const rowsRef = useRef(new Map<number, HTMLTableRowElement>());
  const all = calls.data ?? [];
  const rows = all.filter((r) => r.contact === 'call');
  const messages = all.filter((r) => r.contact === 'message');

  const focusRow = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (row) rowsRef.current.get(row.orderId)?.focus();
  };
  const submit = async (input: ChannelInput<'calls.log'>) => {
    const row = rows.find((r) => r.orderId === input.orderId);
    await log.mutateAsync(input);
    // The row shows the result; this line says it for a screen reader, without a toast per call.
    setLast(
      t('plan.calls.logged', {
        name: row?.customerName ?? '',
        outcome: t(`codes.callOutcome.${input.outcome}`),
      }),
    );
  };
  const start = (row: CallRow, outcome: Outcome, callBack = false) => {
    if (callBack || outcome === 'reschedule' || !row.callNow.allowed)
      return setDialog({ row, outcome, callBack });
    const index = rows.indexOf(row);
    submit({ orderId: row.orderId, outcome })
      .then(() => focusRow(index + 1))
      .catch((error: unknown) => {
        // The customer's hours ended while the list was open: ask for the reason after all.
        if (error instanceof ApiError && error.issues.some((issue) => issue.path === 'overrideReason'))
          setDialog({ row: { ...row, callNow: { ...row.callNow, allowed: false } }, outcome, callBack });
        else notifyError(error);
      });
  };
  const today = useShopToday() ?? date;
  const onKeyDown = (row: CallRow, index: number, event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = KEYS.find(
      (k) => k.key === event.key || `Digit${k.key}` === event.code || `Numpad${k.key}` === event.code,
    );
    if (key) {
      event.preventDefault();
      start(row, key.outcome, key.callBack);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(index + (event.key === 'ArrowDown' ? 1 : -1));
    }
  };

  if (calls.isError) return <Alert color="red">{errorMessage(calls.error)}</Alert>;
  if (!calls.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const counts = {
    confirmed: rows.filter((r) => state(r) === 'confirmed').length,
    needs: rows.filter((r) => state(r) === 'needs').length,
    tried: rows.filter((r) => state(r) === 'tried').length,
    blocked: rows.filter((r) => !r.callNow.allowed && !r.confirmed).length,
  };

  return (
    <Stack gap="sm">
      <Text fw={600} data-testid="calls-for">
        {t('plan.calls.heading', { day: dayLabel })}
      </Text>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="md" data-testid="calls-summary">
          <Text size="sm">{t('plan.calls.count.all', { n: rows.length })}</Text>
          <Text size="sm" c="orange.8" fw={600}>
            {t('plan.calls.count.needs', { n: counts.needs })}
          </Text>
          <Text size="sm" c="teal.8">
            {t('plan.calls.count.confirmed', { n: counts.confirmed })}
          </Text>
          <Text size="sm" c="red.8">
            {t('plan.calls.count.tried', { n: counts.tried })}
          </Text>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="last-call">
            {last}
          </Text>
          {counts.blocked > 0 && (
            <Text size="sm" c="red.8">
              {t('plan.calls.count.notNow', { n: counts.blocked })}
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('plan.calls.keysHint')}{' '}
          {KEYS.map((k) => (
            <span key={k.key}>
              <Kbd size="xs">{k.key}</Kbd> {keyLabel(k, t)}{' '}
            </span>
          ))}
        </Text>
      </Group>
      {rows.length === 0 ? (
        <Alert color="gray" variant="light">
          {t('plan.calls.none')}
        </Alert>
      ) : (
        <Paper withBorder>
          <Table verticalSpacing={5} aria-label={t('plan.calls.tableLabel')} data-testid="call-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>{t('plan.calls.col.window')}</Table.Th>
                <Table.Th w={72}>{t('plan.calls.col.order')}</Table.Th>
                <Table.Th w={160}>{t('plan.calls.col.customer')}</Table.Th>
                <Table.Th>{t('plan.calls.col.delivery')}</Table.Th>
                <Table.Th w={150}>{t('plan.calls.col.hours')}</Table.Th>
                <Table.Th w={120}>{t('plan.calls.col.calls')}</Table.Th>
                <Table.Th w={124}>{t('plan.calls.col.state')}</Table.Th>
                <Table.Th w={190}>{t('plan.calls.col.log')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => {
                const zone = row.callNow.timeZone.replaceAll('_', ' ');
                const rowState = state(row);
                return (
                  <Table.Tr
                    key={row.orderId}
                    ref={(element) => {
                      if (element) rowsRef.current.set(row.orderId, element);
                      else rowsRef.current.delete(row.orderId);
                    }}
                    tabIndex={0}
                    className={classes.row}
                    data-testid="call-row"
                    data-order-id={row.orderId}
                    data-allowed={row.callNow.allowed}
                    data-state={rowState}
                    aria-label={`${row.number} ${row.customerName}`}
                    onKeyDown={(event) => onKeyDown(row, index, event)}
                  >
                    <Table.Td>
                      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {row.window ? `${row.window.from}–${row.window.to}` : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/orders/${row.orderId}`} size="sm" tabIndex={-1}>
                        {row.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {row.customerName || t('card.unnamed')}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {row.phone ? displayPhone(row.phone) : t('plan.calls.noPhone')}
                      </Text>
                    </Table.Td>
                    <Table.Td data-testid="call-delivery">
                      <Text size="xs" lineClamp={2}>
                        {row.address}
                      </Text>
                      <Text size="xs">
                        <Text span fw={700} size="xs" data-testid="call-collect">
                          {doorText(row, t, format)}
                        </Text>
                        <Text span c="dimmed" size="xs">
                          {' · '}
                          {row.courierName ?? t('plan.calls.noCourier')}
                        </Text>
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {row.callNow.allowed ? (
                          <IconPhoneCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
                        ) : (
                          <IconPhoneOff size={16} color="var(--mantine-color-red-7)" aria-hidden />
                        )}
                        <div>
                          <Text
                            size="xs"
                            fw={row.callNow.allowed ? 400 : 700}
                            c={row.callNow.allowed ? undefined : 'red.8'}
                            data-testid="call-now"
                          >
                            {row.callNow.reason === 'do_not_call'
                              ? t('plan.calls.doNotCall')
                              : row.callNow.reason === 'outside_hours'
                                ? t('plan.calls.outside')
                                : t('plan.calls.canCall')}
                          </Text>
                          <Tooltip label={zone}>
                            <Text size="xs" c="dimmed">
                              {row.callHours
                                ? t('plan.calls.hours', {
                                    from: row.callHours.from,
                                    to: row.callHours.to,
                                    now: row.callNow.localTime,
                                  })
                                : t('plan.calls.anyHours', { now: row.callNow.localTime })}
                            </Text>
                          </Tooltip>
                        </div>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" data-testid="call-attempts">
                        {row.attempts === 0
                          ? t('plan.calls.notCalled')
                          : t('plan.calls.attempts', {
                              outcome: row.lastOutcome ? t(`codes.callOutcome.${row.lastOutcome}`) : '',
                              n: row.attempts,
                            })}
                      </Text>
                      {row.callBackAt && !row.confirmed && (
                        <Text size="xs" fw={700} c="indigo.8" data-testid="call-back-at">
                          {t('plan.calls.callBackAt', {
                            time:
                              row.callBackAt.slice(0, 10) === today
                                ? row.callBackAt.slice(11)
                                : `${format.day(row.callBackAt.slice(0, 10))} ${row.callBackAt.slice(11)}`,
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {rowState === 'confirmed' ? (
                        <StatusBadge status={row.status} size="sm" />
                      ) : rowState === 'tried' ? (
                        <Badge size="sm" color="red" variant="light">
                          {t('plan.calls.triedFive', { n: TRIES })}
                        </Badge>
                      ) : (
                        <Badge size="sm" color="orange" variant="light">
                          {t('plan.calls.needsCall')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={3} wrap="nowrap">
                        {KEYS.map((k) => (
                          <Tooltip key={k.key} label={`${k.key} — ${keyLabel(k, t)}`}>
                            <Button
                              size="compact-xs"
                              variant="light"
                              color={k.color}
                              tabIndex={-1}
                              aria-label={`${keyLabel(k, t)} — ${row.customerName}`}
                              onClick={() => start(row, k.outcome, k.callBack)}
                            >
                              {k.key}
                            </Button>
                          </Tooltip>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {dialog && (
        <CallLogDialog
          row={dialog.row}
          outcome={dialog.outcome}
          callBack={dialog.callBack}
          today={today}
          date={date}
          windows={settings.data?.deliveryWindows ?? []}
          onLog={submit}
          onClose={() => {
            const index = rows.findIndex((r) => r.orderId === dialog.row.orderId);
            setDialog(null);
            focusRow(index);
          }}
        />
      )}
      <MessageInsteadList rows={messages} date={date} />
    </Stack>
  );
}
