import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/contract';
import type { Incident } from '../../../../shared/contract/incidents';
import { isIsoDate } from '../../../../shared/domain/dates';
import { INCIDENT_CHANNELS, type IncidentCause } from '../../../../shared/domain/enums';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { channelKey, useChannelMutation, useChannelQuery } from '../../lib/query';
import { useShopToday } from '../../lib/shop-day';
import { translateServerMessage } from '../../locales/server-messages';
import { gramsToText, parseKilograms } from '../orders/order-form';
import { CauseSelect } from './CauseSelect';
import type { Channel } from './codes';

type Patch = ChannelInput<'incidents.update'>;

interface Values {
  cause: IncidentCause;
  channel: Channel;
  happenedOn: string;
  courierId: number | null;
  customerSays: string;
  promised: string;
  description: string;
  weight: string;
}

const FIELDS = [
  'cause',
  'channel',
  'happenedOn',
  'courierId',
  'customerSays',
  'promised',
  'description',
] as const;

/** What was logged in a hurry, put right later: cause, channel, day, courier, the words, the weight. */
export function IncidentDetailsDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const today = useShopToday();
  const update = useChannelMutation('incidents.update');
  const couriers = useChannelQuery('couriers.list', { includeInactive: true });
  const [values, setValues] = useState<Values>(() => ({
    cause: incident.cause,
    channel: incident.channel,
    happenedOn: incident.happenedOn,
    courierId: incident.courier?.id ?? null,
    customerSays: incident.customerSays,
    promised: incident.promised,
    description: incident.description,
    weight: incident.parcelWeightG === null ? '' : gramsToText(incident.parcelWeightG),
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (patch: Partial<Values>) => setValues((current) => ({ ...current, ...patch }));

  const submit = async () => {
    setFailure(null);
    const problems: Record<string, string> = {};
    if (!isIsoDate(values.happenedOn)) problems.happenedOn = t('incidents.form.badDate');
    const weight = values.weight.trim() === '' ? null : parseKilograms(values.weight);
    if (weight === null && values.weight.trim() !== '')
      problems.parcelWeightG = t('incidents.page.badWeight');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const before: Record<(typeof FIELDS)[number], unknown> = {
      cause: incident.cause,
      channel: incident.channel,
      happenedOn: incident.happenedOn,
      courierId: incident.courier?.id ?? null,
      customerSays: incident.customerSays,
      promised: incident.promised,
      description: incident.description,
    };
    const patch: Record<string, unknown> = {};
    for (const field of FIELDS) if (values[field] !== before[field]) patch[field] = values[field];
    if (weight !== incident.parcelWeightG) patch.parcelWeightG = weight;
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    try {
      await update.mutateAsync({ id: incident.id, expectedUpdatedAt: incident.updatedAt, ...patch } as Patch);
      notifySuccess(t('incidents.page.detailsSaved'));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION' && error.issues.length > 0) {
        setErrors(
          Object.fromEntries(
            error.issues.map((issue) => [issue.path, translateServerMessage(issue.message, i18n.language)]),
          ),
        );
        return;
      }
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        // The typed values stay; the latest version loads underneath, and saving again applies them.
        setFailure(t('incidents.page.conflict'));
        void client.invalidateQueries({ queryKey: channelKey('incidents.get', { id: incident.id }) });
        return;
      }
      setFailure(errorMessage(error));
      notifyError(error);
    }
  };

  const courierOptions = (couriers.data ?? [])
    .filter((courier) => courier.active || courier.id === values.courierId)
    .map((courier) => ({ value: String(courier.id), label: courier.name }));

  return (
    <Modal opened onClose={onClose} size="xl" title={t('incidents.page.detailsTitle', { id: incident.id })}>
      <form
        noValidate
        aria-label={t('incidents.page.detailsLabel')}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void submit();
          }
        }}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <CauseSelect
              label={t('incidents.form.cause')}
              value={values.cause}
              onChange={(cause) => cause && set({ cause })}
              error={errors.cause}
            />
            <Select<Channel>
              label={t('incidents.form.channel')}
              allowDeselect={false}
              data={INCIDENT_CHANNELS.map((value) => ({ value, label: t(`codes.incidentChannel.${value}`) }))}
              value={values.channel}
              onChange={(channel) => channel && set({ channel })}
              error={errors.channel}
            />
            <TextInput
              type="date"
              label={t('incidents.form.happenedOn')}
              max={today ?? undefined}
              value={values.happenedOn}
              onChange={(event) => set({ happenedOn: event.currentTarget.value })}
              error={errors.happenedOn}
            />
            <Select
              label={t('incidents.form.courier')}
              placeholder={t('incidents.form.courierPlaceholder')}
              clearable
              data={courierOptions}
              value={values.courierId === null ? null : String(values.courierId)}
              onChange={(value) => set({ courierId: value === null ? null : Number(value) })}
              error={errors.courierId}
            />
          </SimpleGrid>
          <Textarea
            label={t('incidents.form.customerSays')}
            autosize
            minRows={2}
            maxRows={8}
            value={values.customerSays}
            onChange={(event) => set({ customerSays: event.currentTarget.value })}
            error={errors.customerSays}
          />
          <Textarea
            label={t('incidents.form.promised')}
            autosize
            minRows={1}
            maxRows={6}
            value={values.promised}
            onChange={(event) => set({ promised: event.currentTarget.value })}
            error={errors.promised}
          />
          <Textarea
            label={t('incidents.page.description')}
            autosize
            minRows={2}
            maxRows={10}
            value={values.description}
            onChange={(event) => set({ description: event.currentTarget.value })}
            error={errors.description}
          />
          <TextInput
            w={220}
            label={t('incidents.page.parcelWeight')}
            description={t('incidents.page.parcelWeightHint')}
            inputMode="decimal"
            rightSection={t('incidents.page.kg')}
            value={values.weight}
            onChange={(event) => set({ weight: event.currentTarget.value })}
            error={errors.parcelWeightG}
          />
          {failure && <Alert color="orange">{failure}</Alert>}
        </Stack>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
