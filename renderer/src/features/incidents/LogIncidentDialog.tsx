import {
  Alert,
  Box,
  Button,
  Group,
  Kbd,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../../shared/contract/incidents';
import { FAULTS, INCIDENT_CHANNELS } from '../../../../shared/domain/enums';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError } from '../../lib/errors';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { useShopToday } from '../../lib/shop-day';
import { translateServerMessage } from '../../locales/server-messages';
import { LIKELY_COST, type Channel, type Fault } from './codes';
import { CauseSelect } from './CauseSelect';
import { CostLinesField } from './CostLinesField';
import { CustomerSelect, type PickedCustomer } from './CustomerSelect';
import { FollowUpField } from './FollowUpField';
import { isLogField, toCreateInput, type LogDraft, type LogErrors } from './log-incident-form';
import { suggestFault } from './fault-default';
import { ResponseScriptPanel } from './ResponseScriptPanel';
import { SettledOnCallField } from './SettledOnCallField';
import { useLogLinks } from './use-log-links';
import { suggestFollowUp, toLocalInput } from './follow-up';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** Where the form was opened from: those links come filled in. */
export interface LogPrefill {
  customer?: PickedCustomer | null;
  order?: { id: number; number: string } | null;
  courierId?: number | null;
}

interface LogIncidentDialogProps {
  prefill: LogPrefill;
  onClose: (created?: IncidentDetail) => void;
}

/** Logged during a call: the cause with what to say beside it, who and what, a follow-up, costs. */
export function LogIncidentDialog({ prefill, onClose }: LogIncidentDialogProps) {
  const { t } = useTranslation();
  const today = useShopToday();
  const settings = useChannelQuery('settings.get', {});
  const [dirty, setDirty] = useState(false);
  return (
    <Modal
      opened
      onClose={() => onClose()}
      size={1160}
      title={t('incidents.form.title')}
      // A half-typed complaint is not thrown away by a stray Esc or click.
      closeOnEscape={!dirty}
      closeOnClickOutside={!dirty}
    >
      {today && settings.data ? (
        <LogIncidentForm
          prefill={prefill}
          today={today}
          currency={settings.data.currency}
          timeZone={settings.data.timeZone}
          onDirty={() => setDirty(true)}
          onClose={onClose}
        />
      ) : settings.isError ? (
        <Alert color="red">{errorMessage(settings.error)}</Alert>
      ) : null}
    </Modal>
  );
}

interface FormProps extends LogIncidentDialogProps {
  today: string;
  currency: string;
  timeZone: string;
  onDirty: () => void;
}

function LogIncidentForm({ prefill, today, currency, timeZone, onDirty, onClose }: FormProps) {
  const { t, i18n } = useTranslation();
  const create = useChannelMutation('incidents.create');
  const [now] = useState(() => Date.now());
  const [draft, setDraft] = useState<LogDraft>(() => ({
    cause: null,
    channel: 'phone',
    customer: prefill.customer ?? null,
    orderId: prefill.order?.id ?? null,
    courierId: prefill.courierId ?? null,
    courierTouched: prefill.courierId !== undefined,
    fault: 'unknown',
    happenedOn: today,
    customerSays: '',
    promised: '',
    followUp: '',
    followUpTouched: false,
    costs: [],
    promoCode: '',
    settled: null,
  }));
  const [errors, setErrors] = useState<LogErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const change = (patch: Partial<LogDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    onDirty();
  };

  const customerId = draft.customer?.id ?? null;
  const links = useLogLinks(draft, prefill.order ?? null);
  const { courierId, orderOptions, courierOptions } = links;
  const suggestion = suggestFollowUp(draft.cause, links.deliveryDate, now, timeZone, links.deliveryMethod);
  // Derived until changed by hand, like the courier: the suggested follow-up.
  const followUp = draft.followUpTouched ? draft.followUp : toLocalInput(suggestion.due, timeZone);
  const fault = draft.faultTouched ? draft.fault : suggestFault(draft.cause, links.deliveryMethod);

  const submit = async () => {
    setFailure(null);
    const built = toCreateInput(
      { ...draft, fault },
      { currency, timeZone, now: Date.now(), courierId, followUp },
      t,
    );
    if (built.errors) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    try {
      onClose(await create.mutateAsync(built.input));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION') {
        const placed: LogErrors = {};
        for (const issue of error.issues)
          if (isLogField(issue.path))
            placed[issue.path] = translateServerMessage(issue.message, i18n.language);
        setErrors(placed);
        if (Object.keys(placed).length === 0) setFailure(errorMessage(error));
        return;
      }
      setFailure(errorMessage(error));
      notifyError(error);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form
      noValidate
      aria-label={t('incidents.form.label')}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Box
        style={{
          display: 'grid',
          gridTemplateColumns: 'minmax(0, 1fr) 330px',
          gap: 'var(--mantine-spacing-lg)',
        }}
      >
        <Stack gap="sm">
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <CauseSelect
              flex={1}
              label={t('incidents.form.cause')}
              placeholder={t('incidents.form.causePlaceholder')}
              data-autofocus
              withAsterisk
              value={draft.cause}
              onChange={(cause) => change({ cause })}
              error={errors.cause}
            />
            <Select<Channel>
              w={190}
              label={t('incidents.form.channel')}
              allowDeselect={false}
              data={INCIDENT_CHANNELS.map((value) => ({ value, label: t(`codes.incidentChannel.${value}`) }))}
              value={draft.channel}
              onChange={(channel) => channel && change({ channel })}
              error={errors.channel}
            />
          </Group>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <CustomerSelect
              flex={1}
              label={t('incidents.form.customer')}
              value={draft.customer}
              onChange={(customer) =>
                change({ customer, orderId: null, courierTouched: false, courierId: null })
              }
              error={errors.customerId}
            />
            <Select
              w={260}
              label={t('incidents.form.order')}
              placeholder={
                customerId === null
                  ? t('incidents.form.orderNeedsCustomer')
                  : t('incidents.form.orderPlaceholder')
              }
              disabled={customerId === null}
              searchable
              clearable
              nothingFoundMessage={t('common.nothingFound')}
              data={orderOptions}
              value={draft.orderId === null ? null : String(draft.orderId)}
              onChange={(value) =>
                change({ orderId: value === null ? null : Number(value), courierTouched: false })
              }
              error={errors.orderId}
            />
          </Group>
          <SimpleGrid cols={3} spacing="sm">
            <Select
              label={t('incidents.form.courier')}
              placeholder={t('incidents.form.courierPlaceholder')}
              clearable
              data={courierOptions}
              value={courierId === null ? null : String(courierId)}
              onChange={(value) =>
                change({ courierId: value === null ? null : Number(value), courierTouched: true })
              }
              error={errors.courierId}
            />
            <Select<Fault>
              label={t('incidents.form.fault')}
              allowDeselect={false}
              data={FAULTS.map((value) => ({ value, label: t(`codes.fault.${value}`) }))}
              value={fault}
              onChange={(picked) => picked && change({ fault: picked, faultTouched: true })}
              error={errors.fault}
            />
            <TextInput
              type="date"
              label={t('incidents.form.happenedOn')}
              max={today}
              value={draft.happenedOn}
              onChange={(event) => change({ happenedOn: event.currentTarget.value })}
              error={errors.happenedOn}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt={-6}>
            {t('incidents.form.faultHint')}
          </Text>
          <Textarea
            label={t('incidents.form.customerSays')}
            autosize
            minRows={2}
            maxRows={6}
            value={draft.customerSays}
            onChange={(event) => change({ customerSays: event.currentTarget.value })}
            error={errors.customerSays}
          />
          <Textarea
            label={t('incidents.form.promised')}
            autosize
            minRows={1}
            maxRows={4}
            value={draft.promised}
            onChange={(event) => change({ promised: event.currentTarget.value })}
            error={errors.promised}
          />
          <SettledOnCallField
            promoCode={draft.promoCode}
            onPromoCode={(promoCode) => change({ promoCode })}
            settled={draft.settled}
            onSettled={(settled) => change({ settled })}
            errors={errors}
          />
          {draft.settled === null && (
            <FollowUpField
              value={followUp}
              suggestion={suggestion.why}
              suggested={!draft.followUpTouched}
              onChange={(text) => change({ followUp: text, followUpTouched: true })}
              onUseSuggestion={() => change({ followUp: '', followUpTouched: false })}
              error={errors.followUpDue}
            />
          )}
          <CostLinesField
            lines={draft.costs}
            onChange={(costs) => change({ costs })}
            likelyKind={LIKELY_COST[draft.cause ?? 'other']}
            currency={currency}
            errors={errors}
          />
          {failure && <Alert color="red">{failure}</Alert>}
        </Stack>
        <ResponseScriptPanel cause={draft.cause} />
      </Box>
      <Group justify="space-between" mt="lg">
        <Text size="xs" c="dimmed">
          <Kbd size="xs">{isMac ? '⌘ Enter' : 'Ctrl Enter'}</Kbd> {t('incidents.form.saveKeys')}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={() => onClose()}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={create.isPending}>
            {t('incidents.form.save')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
