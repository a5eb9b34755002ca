import { Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { parseMoney } from '../../../../shared/domain/money';
import { MoneyField } from '../../components/MoneyField';
import { ApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { translateServerMessage } from '../../locales/server-messages';

type CourierCash = ChannelOutput<'cash.day'>[number];

/** Cash the courier should bring back against what was handed over; a gap stays red until closed. */
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
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const currency = settings.data?.currency ?? 'RUB';
  const expected = cash?.expected ?? 0;
  const handedOver = cash?.handedOver ?? 0;
  const discrepancy = cash?.discrepancy ?? 0;

  const submit = async () => {
    const minor = parseMoney(amount, currency);
    if (minor === null || minor < 0) return setError(t('validation.amount'));
    setError(undefined);
    try {
      await record.mutateAsync({ courierId, date, handedOver: minor, note });
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
        <Group gap="lg" align="flex-end" wrap="nowrap">
          <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
            {t('plan.cash.title')}
          </Text>
          {figure(t('plan.cash.expected'), format.money(expected), 'cash-expected')}
          {figure(t('plan.cash.handedOver'), format.money(handedOver), 'cash-handed')}
          {figure(
            t('plan.cash.discrepancy'),
            discrepancy === 0 ? (
              <Badge color="teal" variant="light" data-testid="cash-discrepancy" data-value={0}>
                {expected > 0 ? t('plan.cash.settled') : format.money(0)}
              </Badge>
            ) : (
              <Badge color="red" variant="filled" data-testid="cash-discrepancy" data-value={discrepancy}>
                {discrepancy > 0
                  ? t('plan.cash.short', { amount: format.money(discrepancy) })
                  : t('plan.cash.over', { amount: format.money(-discrepancy) })}
              </Badge>
            ),
          )}
        </Group>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          aria-label={t('plan.cash.formLabel')}
        >
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <MoneyField
              w={150}
              size="xs"
              label={t('plan.cash.amount')}
              currency={currency}
              value={amount}
              onChange={setAmount}
              error={error}
            />
            <TextInput
              w={170}
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
        <Stack gap={0} mt={6} aria-label={t('plan.cash.records')} role="list">
          {cash.records.map((r) => (
            <Text key={r.id} size="xs" role="listitem">
              <Text span size="xs" c="dimmed">
                {format.dateTime(r.at)} · {r.by}:
              </Text>{' '}
              <Text span size="xs" fw={600}>
                {format.money(r.handedOver)}
              </Text>
              {r.note && (
                <Text span size="xs" fs="italic">
                  {' '}
                  — {r.note}
                </Text>
              )}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
