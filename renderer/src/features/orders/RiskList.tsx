import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BlocklistHit } from '../../../../shared/contract/blocklist';
import type { RiskSignal } from '../../../../shared/domain/risk';
import { useFormatters } from '../../lib/format';
import { hitByline, hitHeadline, LEVEL_COLOR, signalText } from '../customer-card/reasons';

interface RiskListProps {
  signals: RiskSignal[];
  hits?: BlocklistHit[];
  /** Shown when there is nothing to warn about; omitted, nothing is shown. */
  none?: string;
}

/** The call desk's reasons, compact: blocklist hits that count, then the risk rules that fired. */
export function RiskList({ signals, hits = [], none }: RiskListProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const counting = hits.filter((hit) => hit.exception === null);
  // Without the hits themselves (an order's page), a blocklist signal is worded from its facts.
  const blocklistText = (signal: RiskSignal) =>
    hits.length === 0 && signal.rule === 'blocklist'
      ? t('orders.risk.blocklist', {
          kind: t(`codes.blockKind.${String(signal.facts.kind) as 'phone'}`),
          match: t(`codes.matchType.${String(signal.facts.match) as 'exact'}`),
          reason: String(signal.facts.reason ?? ''),
        })
      : null;
  const sentences = signals
    .map((signal) => ({ signal, text: blocklistText(signal) ?? signalText(signal, t, format) }))
    .filter((item): item is { signal: RiskSignal; text: string } => item.text !== null);
  if (counting.length === 0 && sentences.length === 0)
    return none ? (
      <Text size="sm" c="dimmed">
        {none}
      </Text>
    ) : null;
  return (
    <Stack gap={6} data-testid="risk-list" aria-label={t('orders.risk.title')} role="list">
      {counting.map((hit) => (
        <Group
          key={`${hit.entryId}-${hit.matchedValue}`}
          gap="xs"
          wrap="nowrap"
          align="flex-start"
          role="listitem"
        >
          <Badge size="sm" variant="filled" color={LEVEL_COLOR[hit.effective]} miw={120}>
            {t(`codes.blockAction.${hit.effective}`)}
          </Badge>
          <div>
            <Text size="sm" fw={600}>
              {hitHeadline(hit, t)} — {hit.reason}
            </Text>
            <Text size="xs" c="dimmed">
              {hitByline(hit, t, format)}
            </Text>
          </div>
        </Group>
      ))}
      {sentences.map(({ signal, text }, index) => (
        <Group key={`${signal.rule}-${index}`} gap="xs" wrap="nowrap" align="flex-start" role="listitem">
          <Badge size="sm" variant="filled" autoContrast color={LEVEL_COLOR[signal.level]} miw={120}>
            {t(`card.level.${signal.level}`)}
          </Badge>
          <Text size="sm">{text}</Text>
        </Group>
      ))}
    </Stack>
  );
}
