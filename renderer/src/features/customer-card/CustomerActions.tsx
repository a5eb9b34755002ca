import { Button, Group } from '@mantine/core';
import { IconBan, IconNote, IconShoppingCartPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Customer } from '../../../../shared/contract/customers';
import { EntryDialog } from '../blocklist/EntryDialog';
import { LogIncidentButton } from '../incidents/LogIncidentButton';

interface CustomerActionsProps {
  customer: Customer;
  /** Ctrl+I was pressed for this caller before the card was on screen: open the form at once. */
  incidentAsked?: boolean;
  /** Where the notes are on the same screen: "Add note" takes the operator there. */
  onAddNote?: () => void;
  /** More buttons after these (the call desk's link to the full page). */
  children?: ReactNode;
}

/**
 * What can be done for a live customer — the same on the call desk's card and the customer page:
 * a new order for them, an incident, a note, a blocklist entry prefilled from their record.
 * Archived records get none of it (their orders and incidents go to who they became).
 */
export function CustomerActions({
  customer,
  incidentAsked = false,
  onAddNote,
  children,
}: CustomerActionsProps) {
  const { t } = useTranslation();
  const [blocking, setBlocking] = useState(false);
  const firstPhone = customer.phones[0];
  return (
    <Group gap="xs">
      <Button
        component={Link}
        to={`/orders/new?customer=${customer.id}`}
        size="sm"
        leftSection={<IconShoppingCartPlus size={16} />}
      >
        {t('card.actions.newOrder')}
      </Button>
      <LogIncidentButton
        size="sm"
        hotkey="mod+I"
        defaultOpen={incidentAsked}
        prefill={{
          customer: {
            id: customer.id,
            name: customer.name,
            phone: firstPhone?.e164 ?? firstPhone?.raw ?? null,
          },
        }}
      />
      {onAddNote && (
        <Button size="sm" variant="default" leftSection={<IconNote size={16} />} onClick={onAddNote}>
          {t('card.actions.addNote')}
        </Button>
      )}
      <Button
        size="sm"
        variant="light"
        color="red"
        leftSection={<IconBan size={16} />}
        onClick={() => setBlocking(true)}
      >
        {t('card.actions.addToBlocklist')}
      </Button>
      {children}
      {blocking && (
        <EntryDialog
          onClose={() => setBlocking(false)}
          customer={{
            id: customer.id,
            name: customer.name,
            values: {
              phone: firstPhone ? (firstPhone.e164 ?? firstPhone.raw) : '',
              email: customer.emails[0]?.email ?? '',
              address: customer.addresses[0]?.address ?? '',
              name: customer.name,
            },
          }}
        />
      )}
    </Group>
  );
}
