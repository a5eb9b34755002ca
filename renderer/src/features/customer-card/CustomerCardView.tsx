import { Button, Group, Paper, SimpleGrid, Stack } from '@mantine/core';
import { IconBan, IconId, IconNote, IconShoppingCartPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerCard } from '../../../../shared/contract/customers';
import { displayPhone } from '../../lib/phone-display';
import { EntryDialog } from '../blocklist/EntryDialog';
import { LogIncidentButton } from '../incidents/LogIncidentButton';
import { ArchivedNotice } from './ArchivedNotice';
import { CardActivity } from './CardActivity';
import { CardDetails } from './CardDetails';
import { CardStats } from './CardStats';
import { DuplicatesNotice } from './DuplicatesNotice';
import { NotesSection } from './NotesSection';
import { VerdictPanel } from './VerdictPanel';

export function customerSubtitle(card: CustomerCard): string {
  return card.customer.phones.map((phone) => (phone.e164 ? displayPhone(phone.e164) : phone.raw)).join(', ');
}

interface CustomerCardViewProps {
  card: CustomerCard;
  /** On the call desk: a link to the full customer page. */
  withPageLink?: boolean;
  forQuery?: string;
  /** Ctrl+I was pressed for this caller before the card was on screen: open the form at once. */
  incidentAsked?: boolean;
}

/** The caller at a glance: the verdict first, then who they are, what they bring, what went wrong. */
export function CustomerCardView({
  card,
  withPageLink = false,
  forQuery,
  incidentAsked = false,
}: CustomerCardViewProps) {
  const { t } = useTranslation();
  const noteInput = useRef<HTMLTextAreaElement>(null);
  const [blocking, setBlocking] = useState(false);
  const { customer } = card;
  const firstPhone = customer.phones[0];

  return (
    <Stack gap="md" data-testid="customer-card" data-customer-id={customer.id}>
      {card.archived ? (
        <ArchivedNotice archived={card.archived} />
      ) : (
        <VerdictPanel
          verdict={card.verdict}
          title={customer.name || t('card.unnamed')}
          subtitle={customerSubtitle(card)}
          hits={card.hits}
          signals={card.signals}
          flags={customer}
          forQuery={forQuery}
        />
      )}
      <Group gap="xs">
        {/* An archived record takes nothing new: orders and incidents go to who it became. */}
        {!card.archived && (
          <>
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
            <Button
              size="sm"
              variant="default"
              leftSection={<IconNote size={16} />}
              onClick={() => noteInput.current?.focus()}
            >
              {t('card.actions.addNote')}
            </Button>
            <Button
              size="sm"
              variant="light"
              color="red"
              leftSection={<IconBan size={16} />}
              onClick={() => setBlocking(true)}
            >
              {t('card.actions.addToBlocklist')}
            </Button>
          </>
        )}
        {withPageLink && (
          <Button
            component={Link}
            to={`/customers/${customer.id}`}
            size="sm"
            variant="subtle"
            leftSection={<IconId size={16} />}
          >
            {t('card.actions.openPage')}
          </Button>
        )}
      </Group>
      <DuplicatesNotice card={card} />
      {/* Side by side where the card is wide enough (not beside a results list). */}
      <SimpleGrid type="container" cols={{ base: 1, '760px': 2 }} spacing="md">
        <Paper withBorder p="md">
          <CardDetails card={card} />
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="md">
            <CardStats stats={card.stats} />
            <CardActivity card={card} />
          </Stack>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md">
        <NotesSection ref={noteInput} customerId={customer.id} notes={card.notes} />
      </Paper>
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
    </Stack>
  );
}
