import {
  Alert,
  Button,
  Group,
  Input,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../shared/contract/incidents';
import { FAULTS, INCIDENT_STATUSES, RESOLUTIONS } from '../../../../shared/domain/enums';
import { WAITING_FOR } from '../../../../shared/domain/incidents';
import { ApiError } from '../../lib/api';
import { errorMessage, notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { translateServerMessage } from '../../locales/server-messages';
import type { Fault, IncidentStatus, Resolution, WaitingFor } from './codes';
import { fromLocalInput, toLocalInput } from './follow-up';

interface Decision {
  status: IncidentStatus;
  waitingFor: WaitingFor | null;
  resolution: Resolution | null;
  fault: Fault;
  notHeld: boolean;
  followUp: string;
}

/** The decision's own fields: what a change in main must bring into the form. */
function version(incident: Incident): string {
  return JSON.stringify([
    incident.id,
    incident.status,
    incident.waitingFor,
    incident.resolution,
    incident.fault,
    incident.notHeldAgainstCustomer,
    incident.followUpDue,
  ]);
}

function decisionOf(incident: Incident, timeZone: string): Decision {
  return {
    status: incident.status,
    waitingFor: incident.waitingFor,
    resolution: incident.resolution,
    fault: incident.fault,
    notHeld: incident.notHeldAgainstCustomer,
    followUp: incident.followUpDue === null ? '' : toLocalInput(incident.followUpDue, timeZone),
  };
}

const same = (a: Decision, b: Decision) => JSON.stringify(a) === JSON.stringify(b);

/** Status (waiting for whom, resolved how), fault and the follow-up: what is decided later. */
export function DecisionPanel({
  incident,
  isOwner,
  onReload,
}: {
  incident: Incident;
  isOwner: boolean;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  // The owner closed it: her decision stands against an operator (main refuses it too).
  const locked = !isOwner && incident.ownerDecision !== null;
  const settings = useChannelQuery('settings.get', {});
  const timeZone = settings.data?.timeZone ?? 'UTC';
  const update = useChannelMutation('incidents.update');
  const [base, setBase] = useState(() => ({
    version: version(incident),
    values: decisionOf(incident, timeZone),
  }));
  const [values, setValues] = useState<Decision>(base.values);
  // Main's version changed (a save, someone else's edit): untouched fields follow it; what the
  // person is typing stays, so nothing they entered is lost.
  if (version(incident) !== base.version) {
    const fresh = decisionOf(incident, timeZone);
    setBase({ version: version(incident), values: fresh });
    if (same(values, base.values)) setValues(fresh);
  }
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (patch: Partial<Decision>) => setValues((current) => ({ ...current, ...patch }));

  const submit = async () => {
    setFailure(null);
    const problems: Record<string, string> = {};
    let followUpDue: number | null = null;
    if (values.followUp.trim() !== '') {
      followUpDue = fromLocalInput(values.followUp, timeZone);
      if (followUpDue === null) problems.followUpDue = t('incidents.form.badFollowUp');
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const patch = {
      ...(values.status !== incident.status ? { status: values.status } : {}),
      ...(values.waitingFor !== incident.waitingFor ? { waitingFor: values.waitingFor } : {}),
      ...(values.resolution !== incident.resolution ? { resolution: values.resolution } : {}),
      ...(values.fault !== incident.fault ? { fault: values.fault } : {}),
      ...(values.notHeld !== incident.notHeldAgainstCustomer
        ? { notHeldAgainstCustomer: values.notHeld }
        : {}),
      ...(followUpDue !== incident.followUpDue &&
      // Minutes only: an unchanged field must not count as a change of seconds.
      (followUpDue === null ||
        incident.followUpDue === null ||
        Math.floor(followUpDue / 60_000) !== Math.floor(incident.followUpDue / 60_000))
        ? { followUpDue }
        : {}),
    };
    if (Object.keys(patch).length === 0) {
      notifySuccess(t('incidents.page.nothingChanged'), { brief: true });
      return;
    }
    try {
      await update.mutateAsync({ id: incident.id, expectedUpdatedAt: incident.updatedAt, ...patch });
      notifySuccess(t('incidents.page.saved', { id: incident.id }));
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
        setFailure(t('incidents.page.conflict'));
        onReload();
        return;
      }
      setFailure(errorMessage(error));
      notifyError(error);
    }
  };

  const segmented = <T extends string>(
    label: string,
    list: readonly T[],
    value: T | null,
    onChange: (value: T) => void,
    name: (value: T) => string,
    error?: string,
  ) => (
    <Input.Wrapper label={label} error={error}>
      <SegmentedControl
        fullWidth
        disabled={locked}
        size="sm"
        aria-label={label}
        data={list.map((item) => ({ value: item, label: name(item) }))}
        value={value ?? ''}
        onChange={(next) => onChange(next as T)}
      />
    </Input.Wrapper>
  );

  return (
    <form
      noValidate
      aria-label={t('incidents.page.decision')}
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
        <Title order={4}>{t('incidents.page.decision')}</Title>
        {locked && incident.ownerDecision && (
          <Alert color="blue" variant="light" data-testid="owner-decision">
            {t('incidents.page.ownerDecided', {
              name: incident.ownerDecision.by,
              date: format.dateTime(incident.ownerDecision.at),
            })}
          </Alert>
        )}
        {segmented(
          t('incidents.page.status'),
          INCIDENT_STATUSES,
          values.status,
          (status) => set({ status }),
          (status) => t(`codes.incidentStatus.${status}`),
          errors.status,
        )}
        {values.status === 'waiting' &&
          segmented(
            t('incidents.page.waitingFor'),
            WAITING_FOR,
            values.waitingFor,
            (waitingFor) => set({ waitingFor }),
            (whom) => t(`codes.waitingFor.${whom}`),
            errors.waitingFor,
          )}
        {(values.status === 'resolved' || values.status === 'rejected' || values.resolution !== null) && (
          <Select<Resolution>
            label={t('incidents.page.resolution')}
            placeholder={t('incidents.page.resolutionPlaceholder')}
            clearable
            disabled={locked}
            withAsterisk={values.status === 'resolved'}
            data={RESOLUTIONS.map((value) => ({ value, label: t(`codes.resolution.${value}`) }))}
            value={values.resolution}
            onChange={(resolution) => set({ resolution })}
            error={errors.resolution}
          />
        )}
        <Select<Fault>
          label={t('incidents.page.fault')}
          allowDeselect={false}
          disabled={locked}
          data={FAULTS.map((value) => ({ value, label: t(`codes.fault.${value}`) }))}
          value={values.fault}
          onChange={(fault) => fault && set({ fault })}
          error={errors.fault}
        />
        {values.fault === 'customer' && (
          // The owner's word only (main refuses an operator): the verdict then leaves it out.
          <Switch
            label={t('incidents.notHeld.label')}
            description={t(isOwner ? 'incidents.notHeld.description' : 'incidents.notHeld.ownerOnly')}
            disabled={!isOwner}
            checked={values.notHeld}
            onChange={(event) => set({ notHeld: event.currentTarget.checked })}
            error={errors.notHeldAgainstCustomer}
            data-testid="not-held-switch"
          />
        )}
        <TextInput
          type="datetime-local"
          disabled={locked}
          label={t('incidents.page.followUp')}
          description={values.followUp === '' ? t('incidents.page.noFollowUp') : undefined}
          value={values.followUp}
          onChange={(event) => set({ followUp: event.currentTarget.value })}
          error={errors.followUpDue}
        />
        {failure && <Alert color="orange">{failure}</Alert>}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('incidents.form.saveHint')}
          </Text>
          <Button
            type="submit"
            leftSection={<IconDeviceFloppy size={16} />}
            loading={update.isPending}
            disabled={locked}
          >
            {t('incidents.page.saveDecision')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
