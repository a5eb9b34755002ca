import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import { addDays, isIsoDate } from '../../../../shared/domain/dates';
import type { DeliveryWindow } from '../../../../shared/domain/settings';
import { ApiError } from '../../lib/api';
import { notifyError } from '../../lib/errors';
import { translateServerMessage } from '../../locales/server-messages';
import { windowKey } from './plan-model';

type CallRow = ChannelOutput<'calls.list'>[number];
type Outcome = ChannelInput<'calls.log'>['outcome'];

interface CallLogDialogProps {
  row: CallRow;
  outcome: Outcome;
  /** "Call again at…": the time the customer asked to be called back, today (shop's day). */
  callBack: boolean;
  today: string;
  date: string;
  windows: DeliveryWindow[];
  onLog: (input: ChannelInput<'calls.log'>) => Promise<unknown>;
  onClose: () => void;
}

const NONE = 'none';

/**
 * The second keystroke of a call that needs more: a new day and window for "reschedule", the
 * time to call again, and the reason for calling a customer who asked not to be called or is
 * outside their hours.
 */
export function CallLogDialog(props: CallLogDialogProps) {
  const { row, outcome, callBack, today, date, windows, onLog, onClose } = props;
  const { t, i18n } = useTranslation();
  const needsReason = !row.callNow.allowed;
  const reschedule = outcome === 'reschedule';
  const [reason, setReason] = useState('');
  const [callBackTime, setCallBackTime] = useState('');
  const [day, setDay] = useState(addDays(date, 1));
  const [windowChoice, setWindowChoice] = useState(row.window ? windowKey(row.window) : NONE);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const zone = row.callNow.timeZone.replaceAll('_', ' ');

  const submit = async () => {
    const problems: Record<string, string> = {};
    if (needsReason && reason.trim() === '') problems.overrideReason = t('plan.calls.giveReason');
    if (reschedule && !isIsoDate(day)) problems.date = t('orders.form.badDate');
    if (callBack && !/^\d\d:\d\d$/.test(callBackTime)) problems.callBackAt = t('plan.calls.giveTime');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      await onLog({
        orderId: row.orderId,
        outcome,
        ...(needsReason ? { overrideReason: reason.trim() } : {}),
        ...(callBack ? { callBackAt: `${today} ${callBackTime}` } : {}),
        ...(reschedule
          ? { reschedule: { date: day, window: windows.find((w) => windowKey(w) === windowChoice) ?? null } }
          : {}),
      });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION' && error.issues.length > 0) {
        setErrors(
          Object.fromEntries(
            error.issues.map((issue) => [
              issue.path.startsWith('reschedule.window')
                ? 'window'
                : issue.path.startsWith('reschedule')
                  ? 'date'
                  : issue.path,
              translateServerMessage(issue.message, i18n.language),
            ]),
          ),
        );
      } else notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const title = t('plan.calls.dialogTitle', {
    outcome: callBack ? t('plan.calls.callBack') : t(`codes.callOutcome.${outcome}`),
    name: row.customerName,
  });
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        aria-label={title}
      >
        <Stack gap="sm">
          {needsReason && (
            <Alert color="red" variant="light" data-testid="call-override-warning">
              {row.callNow.reason === 'do_not_call'
                ? t('card.call.doNotCall', { time: row.callNow.localTime, zone })
                : t('card.call.outside', {
                    time: row.callNow.localTime,
                    zone,
                    from: row.callHours?.from ?? '',
                    to: row.callHours?.to ?? '',
                  })}
            </Alert>
          )}
          {reschedule && (
            <Group grow align="flex-start">
              <TextInput
                type="date"
                label={t('plan.calls.newDate')}
                value={day}
                onChange={(event) => setDay(event.currentTarget.value)}
                error={errors.date}
                data-autofocus
              />
              <Select
                label={t('plan.calls.newWindow')}
                allowDeselect={false}
                data={[
                  { value: NONE, label: t('orders.form.noWindow') },
                  ...windows.map((w) => ({ value: windowKey(w), label: `${w.from}–${w.to}` })),
                ]}
                value={windowChoice}
                onChange={(value) => value && setWindowChoice(value)}
                error={errors.window}
              />
            </Group>
          )}
          {callBack && (
            <TextInput
              type="time"
              label={t('plan.calls.callBackTime')}
              description={t('plan.calls.callBackHint')}
              value={callBackTime}
              onChange={(event) => setCallBackTime(event.currentTarget.value)}
              error={errors.callBackAt}
              data-autofocus
            />
          )}
          {needsReason && (
            <TextInput
              label={t('plan.calls.overrideReason')}
              description={t('plan.calls.overrideHint')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={errors.overrideReason}
              data-autofocus={(!reschedule && !callBack) || undefined}
            />
          )}
          {errors.outcome && (
            <Text size="sm" c="red.7">
              {errors.outcome}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={needsReason ? 'red' : undefined}>
              {needsReason ? t('plan.calls.logAnyway') : t('plan.calls.log')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
