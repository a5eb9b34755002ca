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
import { NewNumberCard } from './NewNumberCard';

interface CallerViewProps {
  query: string;
  /** The search answer is for this query (not the previous one kept on screen). */
  fresh: boolean;
  shown: CustomerSearch['results'][number] | null;
  newNumber: CustomerSearch['newNumber'];
  listed: boolean;
}

/**
 * The right-hand side of the call desk: the chosen caller's card, a new number, or a hint.
 * Memoized: typing re-renders the screen on every key, the card only when the answer changes.
 */
export const CallerView = memo(function CallerView({
  query,
  fresh,
  shown,
  newNumber,
  listed,
}: CallerViewProps) {
  const { t } = useTranslation();
  const forQuery = fresh ? query : undefined;
  if (shown) return <ShownCustomer result={shown} forQuery={forQuery} />;
  if (newNumber) return <NewNumberCard newNumber={newNumber} forQuery={forQuery} />;
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
}: {
  result: CustomerSearch['results'][number];
  forQuery: string | undefined;
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
  return <CustomerCardView card={card.data} withPageLink forQuery={forQuery} />;
}
