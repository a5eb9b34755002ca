import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../shared/contract/customers';
import type { OrderCheck } from '../../../../shared/contract/orders';
import { blocklistKey, violationKey } from '../../../../shared/domain/order-policy';
import { FlagBadges } from '../customer-card/FlagBadges';
import { OverrideNote } from './OverrideNote';
import { RiskList } from './RiskList';

interface OrderSignalsProps {
  card: CustomerCard;
  /** The live check of the order as typed; undefined until the first answer. */
  check: OrderCheck | undefined;
}

/**
 * Everything the operator should know while the caller is on the line: the customer's flags and
 * notes, every rule that fires for this order with its numbers, and what the owner decided before.
 * What saving would refuse is shown apart (PolicyRefusal), so it is not repeated here.
 */
export function OrderSignals({ card, check }: OrderSignalsProps) {
  const { t } = useTranslation();
  const { customer } = card;
  const refusing = new Set((check?.violations ?? []).filter((v) => !v.accepted).map((v) => v.key));
  const signals = (check?.signals ?? card.signals).filter((s) => !refusing.has(violationKey(s)));
  const hits = check?.hits ?? card.hits;
  const refusedEntry = (entryId: number) => refusing.has(blocklistKey(entryId));
  const flagged = customer.vip || customer.caution || customer.doubtful || customer.doNotCall;
  return (
    <Paper bg="gray.0" p="xs" radius="sm" data-testid="order-customer-risk">
      <Stack gap={6}>
        {flagged && (
          <Group gap="xs">
            <FlagBadges flags={customer} />
          </Group>
        )}
        <RiskList
          signals={signals}
          hits={hits.filter((h) => !refusedEntry(h.entryId))}
          none={flagged || refusing.size > 0 ? undefined : t('orders.risk.none')}
        />
        {check?.override && check.violations.some((v) => v.accepted) && (
          <OverrideNote override={check.override} />
        )}
        {customer.note && (
          <Text size="sm">
            <Text span c="dimmed">
              {t('orders.customerNote')}:{' '}
            </Text>
            {customer.note}
          </Text>
        )}
        {customer.deliveryNotes && (
          <Text size="sm">
            <Text span c="dimmed">
              {t('orders.deliveryNotes')}:{' '}
            </Text>
            {customer.deliveryNotes}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
