import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format';

/**
 * What a courier owes (above zero) or was credited with (below): "Short by" in red — money is
 * missing; "Over by" in blue — more came back than expected, usually a typo to correct; settled
 * in teal. The colour is in `data-tone` for tests.
 */
export function CashBadge({
  amount,
  settledLabel,
  testId,
}: {
  amount: number;
  settledLabel?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (amount === 0)
    return (
      <Badge color="teal" variant="light" data-testid={testId} data-value={0} data-tone="settled">
        {settledLabel ?? format.money(0)}
      </Badge>
    );
  const short = amount > 0;
  return (
    <Badge
      color={short ? 'red' : 'blue'}
      variant="filled"
      data-testid={testId}
      data-value={amount}
      data-tone={short ? 'short' : 'over'}
    >
      {short
        ? t('plan.cash.short', { amount: format.money(amount) })
        : t('plan.cash.over', { amount: format.money(-amount) })}
    </Badge>
  );
}
