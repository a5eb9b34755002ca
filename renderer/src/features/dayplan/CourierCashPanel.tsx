import { Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { HANDOVER_KINDS, type HandoverKind } from '../../../../shared/domain/enums';
import { parseMoney } from '../../../../shared/domain/money';
import { MoneyField } from '../../components/MoneyField';
import { ApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { translateServerMessage } from '../../locales/server-messages';
import { CashBadge } from './CashBadge';
import { CorrectHandoverDialog } from './CorrectHandoverDialog';

type CourierCash = ChannelOutput<'cash.day'>[number];
type Handover = CourierCash['records'][number];

/**
 * The courier's money for the day: cash and card at the door, each against what was handed over
 * or confirmed, what earlier days left open and the balance after today. A gap stays visible
 * until handovers close it; a mistyped handover is corrected, never edited.
 */
export function CourierCashPanel({
  courierId,
  date,
  cash,
}: {
  courierId: number;
  date: string;
  cash?: CourierCash;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const settings = useChannelQuery('settings.get', {});
  const record = useChannelMutation('cash.record');
  const [kind, setKind] = useState<HandoverKind>('cash');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [correcting, setCorrecting] = useState<Handover | null>(null);
  const currency = settings.data?.currency ?? 'RUB';
  const expected = cash?.expected ?? 0;
  const card = cash?.card ?? { expected: 0, handedOver: 0, discrepancy: 0 };
  const carried = cash?.carried ?? { cash: 0, card: 0 };
  const balance = cash?.balance ?? { cash: 0, card: 0 };
  const hasCard = card.expected !== 0 || card.handedOver !== 0 || carried.card !== 0;
  const hasCarried = carried.cash !== 0 || carried.card !== 0;

  const submit = async () => {
    const minor = parseMoney(amount, currency);
    if (minor === null || minor < 0) return setError(t('validation.amount'));
    setError(undefined);
    try {
      await record.mutateAsync({ courierId, date, handedOver: minor, kind, note });
      notifySuccess(t('plan.cash.recorded', { amount: format.money(minor) }), { brief: true });
      setAmount('');
      setNote('');
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'VALIDATION')
        setError(translateServerMessage(failure.message, i18n.language));
      else notifyError(failure);
    }
  };

  const figure = (label: string, value: ReactNode, testId?: string) => (
    <div style={{ flexShrink: 0 }}>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
      <Text size="sm" fw={700} data-testid={testId} component="div" style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
    </div>
  );

  return (
    <Paper bg="gray.0" p="sm" mt="xs" radius="sm" data-testid="courier-cash">
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="md">
        <Stack gap={6}>
          <Group gap="lg" align="flex-end" wrap="nowrap">
            <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
              {t('plan.cash.title')}
            </Text>
            {figure(t('plan.cash.expected'), format.money(expected), 'cash-expected')}
            {figure(t('plan.cash.handedOver'), format.money(cash?.handedOver ?? 0), 'cash-handed')}
            {figure(
              t('plan.cash.discrepancy'),
              <CashBadge
                amount={cash?.discrepancy ?? 0}
                settledLabel={expected > 0 ? t('plan.cash.settled') : undefined}
                testId="cash-discrepancy"
              />,
            )}
          </Group>
          {(hasCard || hasCarried) && (
            <Group gap="lg" align="flex-end" wrap="nowrap">
              {hasCard && figure(t('plan.cash.card'), format.money(card.expected), 'card-expected')}
              {hasCard && figure(t('plan.cash.terminal'), format.money(card.handedOver), 'card-confirmed')}
              {hasCard &&
                figure(
                  t('plan.cash.discrepancy'),
                  <CashBadge amount={card.discrepancy} testId="card-discrepancy" />,
                )}
              {hasCarried &&
                figure(
                  t('plan.cash.carried'),
                  <CashBadge amount={carried.cash + carried.card} testId="cash-carried" />,
                )}
              {hasCarried &&
                figure(
                  t('plan.cash.balance'),
                  <CashBadge amount={balance.cash + balance.card} testId="cash-balance" />,
                )}
            </Group>
          )}
        </Stack>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          aria-label={t('plan.cash.formLabel')}
        >
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Select<HandoverKind>
              w={130}
              size="xs"
              label={t('plan.cash.kind')}
              allowDeselect={false}
              data={HANDOVER_KINDS.map((value) => ({ value, label: t(`plan.cash.kinds.${value}`) }))}
              value={kind}
              onChange={(value) => value && setKind(value)}
            />
            <MoneyField
              w={140}
              size="xs"
              label={t('plan.cash.amount')}
              currency={currency}
              value={amount}
              onChange={setAmount}
              error={error}
            />
            <TextInput
              w={140}
              size="xs"
              label={t('plan.cash.note')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Button size="xs" mt={21} type="submit" loading={record.isPending}>
              {t('plan.cash.record')}
            </Button>
          </Group>
        </form>
      </Group>
      {cash && cash.records.length > 0 && (
        <Stack gap={2} mt={6} aria-label={t('plan.cash.records')} role="list">
          {cash.records.map((r) => (
            <HandoverLine key={r.id} handover={r} onCorrect={() => setCorrecting(r)} />
          ))}
        </Stack>
      )}
      {correcting && <CorrectHandoverDialog handover={correcting} onClose={() => setCorrecting(null)} />}
    </Paper>
  );
}

function HandoverLine({ handover: r, onCorrect }: { handover: Handover; onCorrect: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const corrected = r.corrections.length > 0;
  return (
    <Group gap={6} role="listitem" data-testid="handover" data-corrected={corrected} wrap="nowrap">
      <Text size="xs">
        <Text span size="xs" c="dimmed">
          {format.dateTime(r.at)} · {r.by} · {t(`plan.cash.kinds.${r.kind}`)}:
        </Text>{' '}
        {corrected && (
          <Text span size="xs" td="line-through" c="dimmed">
            {format.money(r.recorded)}
          </Text>
        )}{' '}
        <Text span size="xs" fw={600} data-testid="handover-amount">
          {format.money(r.handedOver)}
        </Text>
        {r.note && (
          <Text span size="xs" fs="italic">
            {' '}
            — {r.note}
          </Text>
        )}
        {r.corrections.map((c) => (
          <Text key={c.at} span size="xs" c="dimmed">
            {' '}
            (
            {t('plan.cash.correctedBy', {
              amount: format.money(c.amount),
              name: c.by,
              date: format.dateTime(c.at),
              reason: c.reason,
            })}
            )
          </Text>
        ))}
      </Text>
      <Button
        size="compact-xs"
        variant="subtle"
        onClick={onCorrect}
        aria-label={t('plan.cash.correctFor', { amount: format.money(r.handedOver) })}
      >
        {t('plan.cash.correct')}
      </Button>
    </Group>
  );
}
