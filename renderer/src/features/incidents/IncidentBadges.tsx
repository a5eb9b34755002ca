import { Badge, type BadgeProps } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOR, type IncidentStatus, type WaitingFor } from './codes';

/** Open, waiting (for whom), resolved, rejected. */
export function IncidentStatusBadge({
  status,
  waitingFor,
  short = false,
  ...props
}: { status: IncidentStatus; waitingFor?: WaitingFor | null; short?: boolean } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} autoContrast data-status={status} {...props}>
      {status === 'waiting' && waitingFor
        ? t(short ? `incidents.waitingShort.${waitingFor}` : `incidents.waiting.${waitingFor}`)
        : t(`codes.incidentStatus.${status}`)}
    </Badge>
  );
}

/** A follow-up whose time has passed while the incident is still open or waiting. */
export function OverdueBadge({ label, ...props }: { label?: string; title?: string } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="filled"
      color="red"
      leftSection={<IconAlarm size={12} aria-hidden />}
      data-testid="overdue"
      {...props}
    >
      {label ?? t('incidents.overdue')}
    </Badge>
  );
}
