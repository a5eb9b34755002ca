import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Incident } from '../../../../shared/contract/incidents';
import { useFormatters } from '../../lib/format';
import { displayPhone } from '../../lib/phone-display';
import { gramsToText } from '../orders/order-form';
import { IncidentDetailsDialog } from './IncidentDetailsDialog';

/** Who and what: the links to the customer, the order and the courier, and what was said. */
export function IncidentFacts({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  const none = t('incidents.page.none');
  const row = (label: string, value: ReactNode, testId?: string) => (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid={testId}>
      <Text size="sm" c="dimmed" w={150} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text
        size="sm"
        component="div"
        style={{ minWidth: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {value}
      </Text>
    </Group>
  );
  return (
    <Stack gap={6} data-testid="incident-facts">
      <Group justify="space-between" mb={4}>
        <Title order={4}>{t('incidents.page.facts')}</Title>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPencil size={14} />}
          onClick={() => setEditing(true)}
        >
          {t('incidents.page.editDetails')}
        </Button>
      </Group>
      {row(t('incidents.page.happenedOn'), format.day(incident.happenedOn))}
      {row(t('incidents.page.channel'), t(`codes.incidentChannel.${incident.channel}`))}
      {row(
        t('incidents.page.customer'),
        incident.customer ? (
          <Anchor component={Link} to={`/customers/${incident.customer.id}`} size="sm">
            {incident.customer.name || t('card.unnamed')}
            {incident.customer.phone ? ` · ${displayPhone(incident.customer.phone)}` : ''}
          </Anchor>
        ) : (
          none
        ),
        'incident-customer',
      )}
      {row(
        t('incidents.page.order'),
        incident.order ? (
          <Anchor component={Link} to={`/orders/${incident.order.id}`} size="sm">
            {incident.order.number}
          </Anchor>
        ) : (
          none
        ),
        'incident-order',
      )}
      {row(
        t('incidents.page.courier'),
        incident.courier ? (
          <>
            {incident.courier.name} ·{' '}
            <Anchor component={Link} to={`/incidents?courier=${incident.courier.id}`} size="sm">
              {t('incidents.page.courierLink')}
            </Anchor>
          </>
        ) : (
          none
        ),
        'incident-courier',
      )}
      {row(t('incidents.page.customerSays'), incident.customerSays || none)}
      {row(t('incidents.page.promised'), incident.promised || none)}
      {incident.description && row(t('incidents.page.description'), incident.description)}
      {incident.parcelWeightG !== null &&
        row(
          t('incidents.page.parcelWeight'),
          `${gramsToText(incident.parcelWeightG)} ${t('incidents.page.kg')}`,
        )}
      <Text size="xs" c="dimmed" mt={4}>
        {t('incidents.page.loggedBy', {
          name: incident.createdBy,
          date: format.dateTime(incident.createdAt),
        })}
      </Text>
      {editing && <IncidentDetailsDialog incident={incident} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
