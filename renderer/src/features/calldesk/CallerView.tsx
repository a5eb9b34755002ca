import { Alert, Paper, Text } from '@mantine/core';
import { IconArrowsVertical, IconUserQuestion } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSearch } from '../../../../shared/contract/customers';
import { errorMessage } from '../../lib/errors';
import { displayPhone } from '../../lib/phone-display';
import { useChannelQuery } from '../../lib/query';
import { CustomerCardView } from '../customer-card/CustomerCardView';
import { VerdictPanel } from '../customer-card/VerdictPanel';
import { UnknownDetailCard } from './UnknownDetailCard';

interface CallerViewProps {
  query: string;
  /** The search answer is for this query (not the previous one kept on screen). */
  fresh: boolean;
  shown: CustomerSearch['results'][number] | null;
  unknown: CustomerSearch['unknown'];
  listed: boolean;
  /** Ctrl+I was pressed for this query: the card opens the incident form when it is there. */
  incidentAsked: boolean;
}

/**
 * The right-hand side of the call desk: the chosen caller's card, what the blocklist says about
 * a detail nobody has (a new number, a blocked e-mail or name), or a hint.
 * Memoized: typing re-renders the screen on every key, the card only when the answer changes.
 */
export const CallerView = memo(function CallerView({
  query,
  fresh,
  shown,
  unknown,
  listed,
  incidentAsked,
}: CallerViewProps) {
  const { t } = useTranslation();
  const forQuery = fresh ? query : undefined;
  if (shown)
    return <ShownCustomer key={shown.id} result={shown} forQuery={forQuery} incidentAsked={incidentAsked} />;
  if (unknown) return <UnknownDetailCard unknown={unknown} forQuery={forQuery} />;
  if (listed)
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed" size="sm">
          <IconArrowsVertical size={16} style={{ verticalAlign: 'middle' }} /> {t('callDesk.pickOne')}
        </Text>
      </Paper>
    );
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconUserQuestion size={20} />}
      title={t('callDesk.nobody', { query })}
    >
      {t('callDesk.nobodyHint')}
    </Alert>
  );
});

function ShownCustomer({
  result,
  forQuery,
  incidentAsked,
}: {
  result: CustomerSearch['results'][number];
  forQuery: string | undefined;
  incidentAsked: boolean;
}) {
  const { t } = useTranslation();
  const card = useChannelQuery('customers.card', { id: result.id });
  if (card.isError) return <Alert color="red">{errorMessage(card.error)}</Alert>;
  if (!card.data)
    // The search already knows the verdict: show it now, the reasons follow in a moment.
    return (
      <VerdictPanel
        verdict={result.verdict}
        title={result.name || t('card.unnamed')}
        subtitle={result.phone ? displayPhone(result.phone) : undefined}
        hits={[]}
        signals={[]}
        reasonsLoading
        forQuery={forQuery}
      />
    );
  return <CustomerCardView card={card.data} withPageLink forQuery={forQuery} incidentAsked={incidentAsked} />;
}
