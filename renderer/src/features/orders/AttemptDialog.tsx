import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/contract/orders';
import { ATTEMPT_OUTCOMES, CHECKED_IN_PRESENCE } from '../../../../shared/domain/enums';
import { parseMoney } from '../../../../shared/domain/money';
import { MoneyField } from '../../components/MoneyField';
import { ApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { minorToInputText } from '../../lib/money-input';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { translateServerMessage } from '../../locales/server-messages';

type Outcome = (typeof ATTEMPT_OUTCOMES)[number];
type Presence = (typeof CHECKED_IN_PRESENCE)[number];

interface AttemptDialogProps {
  orderId: number;
  outcome?: Outcome;
  /** The day of the attempt: the plan's day, or the order's delivery day. */
  date?: string;
  /** What the end of day already chose for "checked in the courier's presence" (else the order's). */
  presence?: Presence;
  onClose: (recorded?: Order) => void;
}

/** One delivery attempt: outcome, day, its cost (the courier's rate unless changed), what was kept. */
export function AttemptDialog({ orderId, outcome, date, presence, onClose }: AttemptDialogProps) {
  const { t } = useTranslation();
  const got = useChannelQuery('orders.get', { id: orderId });
  const { refetch } = got;
  useEffect(() => {
    void refetch();
  }, [refetch]);
  const couriers = useChannelQuery('couriers.list', { includeInactive: true });
  const settings = useChannelQuery('settings.get', {});
  const order = got.data?.order;
  // Fresh from main, not the cache: the attempt carries the order's updatedAt, and a copy from
  // before the last change would only answer CONFLICT.
  const ready = order && got.isFetchedAfterMount && couriers.data && settings.data;
  return (
    <Modal
      opened
      onClose={() => onClose()}
      size="lg"
      title={order ? t('orders.attempt.title', { number: order.number }) : t('orders.attempt.titleBare')}
    >
      {ready ? (
        <AttemptForm
          order={order}
          currency={settings.data.currency}
          rate={couriers.data.find((c) => c.id === order.courier?.id)?.costPerDelivery ?? 0}
          initialOutcome={outcome ?? 'delivered'}
          date={date ?? order.deliveryDate ?? ''}
          initialPresence={presence ?? order.checkedInPresence}
          onClose={onClose}
          onReload={() => void got.refetch()}
        />
      ) : (
        <Loader size="sm" aria-label={t('common.loading')} />
      )}
    </Modal>
  );
}

interface AttemptFormProps {
  order: Order;
  currency: string;
  rate: number;
  initialOutcome: Outcome;
  date: string;
  initialPresence: Presence;
  onClose: (recorded?: Order) => void;
  onReload: () => void;
}

function AttemptForm({
  order,
  currency,
  rate,
  initialOutcome,
  date,
  initialPresence,
  onClose,
  onReload,
}: AttemptFormProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const record = useChannelMutation('orders.recordAttempt');
  const money = (minor: number) => minorToInputText(minor, currency, i18n.language);
  const [outcome, setOutcome] = useState<Outcome>(initialOutcome);
  const [day, setDay] = useState(date);
  const [cost, setCost] = useState(money(rate));
  const [kept, setKept] = useState<Record<number, string>>(() =>
    Object.fromEntries(order.items.map((item) => [item.id, String(item.keptQuantity ?? item.quantity)])),
  );
  const [presence, setPresence] = useState<Presence>(initialPresence);
  const [amountText, setAmountText] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState(false);

  const partial = outcome === 'partly_bought_out';
  const keptOf = (id: number) => {
    const text = (kept[id] ?? '').trim();
    return /^\d+$/.test(text) ? Number(text) : null;
  };
  const keptValue = order.items.reduce((sum, item) => sum + (keptOf(item.id) ?? 0) * item.unitPrice, 0);
  const expected = outcome === 'delivered' ? order.total : partial ? keptValue + order.deliveryFee : null;
  const amountShown = amountText ?? (expected === null ? '' : money(expected));

  const submit = async () => {
    const problems: Record<string, string> = {};
    const costMinor = parseMoney(cost, currency);
    if (costMinor === null || costMinor < 0) problems.cost = t('validation.amount');
    const amount = amountShown.trim() === '' ? undefined : parseMoney(amountShown, currency);
    if (amount === null || (amount !== undefined && amount < 0))
      problems.amountReceived = t('validation.amount');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) problems.attemptedOn = t('orders.form.badDate');
    if (partial && order.items.some((item) => keptOf(item.id) === null))
      problems.kept = t('validation.wholeNumber');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      const saved = await record.mutateAsync({
        id: order.id,
        expectedUpdatedAt: order.updatedAt,
        outcome,
        attemptedOn: day,
        cost: costMinor!,
        ...(partial
          ? { kept: order.items.map((item) => ({ itemId: item.id, quantity: keptOf(item.id)! })) }
          : {}),
        checkedInPresence: presence,
        ...(amount !== undefined && amount !== null ? { amountReceived: amount } : {}),
        note,
      });
      notifySuccess(t('orders.attempt.recorded', { number: order.number }));
      onClose(saved);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') return setConflict(true);
      if (error instanceof ApiError && error.code === 'VALIDATION' && error.issues.length > 0) {
        setErrors(
          Object.fromEntries(
            error.issues.map((issue) => [
              issue.path.split('.')[0]!,
              translateServerMessage(issue.message, i18n.language),
            ]),
          ),
        );
        return;
      }
      notifyError(error);
    }
  };

  return (
    <Stack gap="sm">
      <SimpleGrid cols={3} spacing="sm">
        <Select
          label={t('orders.attempt.outcome')}
          allowDeselect={false}
          data={ATTEMPT_OUTCOMES.map((value) => ({ value, label: t(`codes.attemptOutcome.${value}`) }))}
          value={outcome}
          onChange={(value) => {
            if (value) setOutcome(value as Outcome);
            setAmountText(null);
          }}
          error={errors.outcome}
        />
        <TextInput
          type="date"
          label={t('orders.attempt.date')}
          value={day}
          onChange={(event) => setDay(event.currentTarget.value)}
          error={errors.attemptedOn}
        />
        <MoneyField
          label={t('orders.attempt.cost')}
          description={order.courier ? t('orders.attempt.rate', { amount: format.money(rate) }) : undefined}
          currency={currency}
          value={cost}
          onChange={setCost}
          error={errors.cost}
        />
      </SimpleGrid>
      {partial && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('orders.attempt.keptTitle')}
          </Text>
          <Table verticalSpacing={4} aria-label={t('orders.attempt.keptTitle')}>
            <Table.Tbody>
              {order.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Text size="sm">{item.title}</Text>
                  </Table.Td>
                  <Table.Td w={150}>
                    <Text size="xs" c="dimmed">
                      {t('orders.attempt.ofQuantity', {
                        n: item.quantity,
                        price: format.money(item.unitPrice),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td w={110}>
                    <TextInput
                      size="xs"
                      inputMode="numeric"
                      aria-label={t('orders.attempt.keptOf', { title: item.title })}
                      value={kept[item.id] ?? ''}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setKept((current) => ({ ...current, [item.id]: value }));
                        setAmountText(null);
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm">{t('orders.attempt.keptValue', { amount: format.money(keptValue) })}</Text>
          {errors.kept && (
            <Text size="sm" c="red.7" role="alert">
              {errors.kept}
            </Text>
          )}
        </Stack>
      )}
      <div>
        <Text size="sm" fw={500} mb={4} id="presence-label">
          {t('orders.attempt.presence')}
        </Text>
        <SegmentedControl
          aria-labelledby="presence-label"
          data={CHECKED_IN_PRESENCE.map((value) => ({ value, label: t(`orders.presence.${value}`) }))}
          value={presence}
          onChange={(value) => setPresence(value as Presence)}
        />
      </div>
      <MoneyField
        label={t('orders.attempt.amountReceived')}
        description={t('orders.attempt.amountHint', { total: format.money(order.total) })}
        currency={currency}
        value={amountShown}
        onChange={setAmountText}
        error={errors.amountReceived}
      />
      <Textarea
        label={t('orders.attempt.note')}
        autosize
        minRows={1}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {conflict && (
        <Alert color="orange" title={t('orders.conflict.title')}>
          <Group justify="space-between">
            <Text size="sm">{t('orders.conflict.text')}</Text>
            <Button
              size="compact-sm"
              variant="white"
              onClick={() => {
                setConflict(false);
                onReload();
              }}
            >
              {t('orders.conflict.reload')}
            </Button>
          </Group>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onClose()}>
          {t('common.cancel')}
        </Button>
        <Button loading={record.isPending} onClick={() => void submit()}>
          {t('orders.attempt.record')}
        </Button>
      </Group>
    </Stack>
  );
}
