import { Button, Paper, SimpleGrid, Stack } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerCard } from '../../../../shared/contract/customers';
import { displayPhone } from '../../lib/phone-display';
import { ArchivedNotice } from './ArchivedNotice';
import { CardActivity } from './CardActivity';
import { CardDetails } from './CardDetails';
import { CardStats } from './CardStats';
import { CustomerActions } from './CustomerActions';
import { DuplicatesNotice } from './DuplicatesNotice';
import { NotesSection } from './NotesSection';
import { VerdictPanel } from './VerdictPanel';

export function customerSubtitle(card: CustomerCard): string {
  return card.customer.phones.map((phone) => (phone.e164 ? displayPhone(phone.e164) : phone.raw)).join(', ');
}

function PageLink({ id }: { id: number }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/customers/${id}`}
      size="sm"
      variant="subtle"
      leftSection={<IconId size={16} />}
    >
      {t('card.actions.openPage')}
    </Button>
  );
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
  const { customer } = card;

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
      {card.archived ? (
        withPageLink && <PageLink id={customer.id} />
      ) : (
        <CustomerActions
          customer={customer}
          incidentAsked={incidentAsked}
          onAddNote={() => noteInput.current?.focus()}
        >
          {withPageLink && <PageLink id={customer.id} />}
        </CustomerActions>
      )}
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
    </Stack>
  );
}
