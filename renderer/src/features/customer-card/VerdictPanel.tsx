import { Badge, Box, Group, List, Loader, Paper, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBan,
  IconCash,
  IconCrown,
  IconPhonePlus,
  IconShieldCheck,
  IconUserCheck,
  type TablerIcon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlocklistHit } from '../../../../shared/contract/blocklist';
import type { Customer } from '../../../../shared/contract/customers';
import type { RiskSignal, Verdict } from '../../../../shared/domain/risk';
import { useFormatters } from '../../lib/format';
import { hitByline, hitHeadline, LEVEL_COLOR, signalText, VERDICT_COLOR } from './reasons';
import {
  SuggestionAction,
  signalsWithAction,
  suggestionOf,
  type SuggestionCustomer,
} from './SuggestionAction';

const VERDICT_ICON: Record<Verdict, TablerIcon> = {
  blocked: IconBan,
  prepayment: IconCash,
  caution: IconAlertTriangle,
  vip: IconCrown,
  regular: IconUserCheck,
  new: IconPhonePlus,
};

interface VerdictPanelProps {
  verdict: Verdict;
  /** Who: the customer's name, or the number for a caller nobody has yet. */
  title: ReactNode;
  subtitle?: ReactNode;
  hits: BlocklistHit[];
  signals: RiskSignal[];
  /** The verdict is known (from the search) and its reasons are on their way. */
  reasonsLoading?: boolean;
  /** The search text this verdict answers, so a test or benchmark can tell it is current. */
  forQuery?: string;
  /**
   * A customer's own flags are reasons too (a caution flag makes the verdict "caution"). The card
   * passes the customer record itself: with it, suggestions ("mark as doubtful?") become buttons.
   */
  flags?: { vip: boolean; caution: boolean; doubtful: boolean } & Partial<ActsOn>;
}

/** What a suggestion's button needs of the customer (a merged-away record is read-only). */
type ActsOn = Pick<Customer, 'id' | 'name' | 'phones' | 'mergedIntoId'>;

function actsOn(flags: VerdictPanelProps['flags']): SuggestionCustomer | null {
  if (flags?.id === undefined || flags.mergedIntoId) return null;
  const phone = flags.phones?.[0];
  return { id: flags.id, name: flags.name ?? '', phone: phone ? (phone.e164 ?? phone.raw) : null };
}

const FLAG_REASONS = [
  ['caution', LEVEL_COLOR.caution],
  ['doubtful', LEVEL_COLOR.caution],
  ['vip', VERDICT_COLOR.vip],
] as const;

/** The call desk's answer, first and big: one word in its colour, then every reason for it. */
export function VerdictPanel(props: VerdictPanelProps) {
  const { verdict, title, subtitle, hits, signals, reasonsLoading, forQuery, flags } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  const color = VERDICT_COLOR[verdict];
  const Icon = VERDICT_ICON[verdict];
  // Yellow is too light for white text; everything else reads well on its strong shade.
  const strong = verdict === 'caution' ? 'var(--mantine-color-yellow-5)' : `var(--mantine-color-${color}-7)`;
  const onStrong = verdict === 'caution' ? 'var(--mantine-color-dark-8)' : 'white';
  const sentences = signals
    .map((signal) => ({ signal, text: signalText(signal, t, format) }))
    .filter((item): item is { signal: RiskSignal; text: string } => item.text !== null);
  const flagged = FLAG_REASONS.filter(([flag]) => flags?.[flag]);
  const customer = actsOn(flags);
  // A prepayment-only entry (or a block) that counts already answers "add a prepayment-only entry?".
  const prepaid = hits.some(
    (h) => h.exception === null && (h.effective === 'prepayment' || h.effective === 'block'),
  );
  const withAction = signalsWithAction(signals);
  const actionFor = (signal: RiskSignal) => {
    const kind = suggestionOf(signal);
    if (!customer || !withAction.has(signal) || (kind === 'prepayment' && prepaid)) return null;
    return <SuggestionAction signal={signal} customer={customer} />;
  };

  return (
    <Paper
      withBorder
      radius="md"
      style={{ overflow: 'hidden', borderColor: strong }}
      role="region"
      aria-label={t('card.verdictRegion')}
      data-testid="verdict"
      data-verdict={verdict}
      data-for-query={forQuery}
      data-reasons={reasonsLoading ? 'loading' : 'shown'}
    >
      <Group px="lg" py="sm" gap="md" wrap="nowrap" bg={strong} c={onStrong} justify="space-between">
        <Group gap="md" wrap="nowrap">
          <Icon size={40} stroke={2} aria-hidden />
          <div>
            <Text fz={30} fw={800} lh={1.1} tt="uppercase" data-testid="verdict-word">
              {t(`codes.verdict.${verdict}`)}
            </Text>
            <Text size="sm" fw={500}>
              {t(`card.verdictHint.${verdict}`)}
            </Text>
          </div>
        </Group>
        <Box ta="right" miw={0}>
          <Text fz="xl" fw={700} truncate>
            {title}
          </Text>
          {subtitle && (
            <Text size="sm" truncate>
              {subtitle}
            </Text>
          )}
        </Box>
      </Group>
      <Box px="lg" py="sm" bg={`var(--mantine-color-${color}-0)`}>
        {reasonsLoading ? (
          <Group gap="xs">
            <Loader size="xs" color={color} />
            <Text size="sm" c="dimmed">
              {t('card.reasonsLoading')}
            </Text>
          </Group>
        ) : hits.length === 0 && sentences.length === 0 && flagged.length === 0 ? (
          <Group gap="xs">
            <IconShieldCheck size={18} aria-hidden />
            <Text size="sm">{t('card.noReasons')}</Text>
          </Group>
        ) : (
          <List spacing={6} size="sm" listStyleType="none" aria-label={t('card.reasons')}>
            {hits.map((hit) => (
              <HitReason key={`${hit.entryId}-${hit.matchedValue}`} hit={hit} />
            ))}
            {flagged.map(([flag, color]) => (
              <List.Item key={flag}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge size="sm" variant="filled" autoContrast color={color} miw={110}>
                    {t(`codes.flag.${flag}`)}
                  </Badge>
                  <Text size="sm">{t(`card.flagReason.${flag}`)}</Text>
                </Group>
              </List.Item>
            ))}
            {sentences.map(({ signal, text }) => (
              <List.Item key={signal.rule}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge size="sm" variant="filled" autoContrast color={LEVEL_COLOR[signal.level]} miw={110}>
                    {t(`card.level.${signal.level}`)}
                  </Badge>
                  <Text size="sm">{text}</Text>
                  {actionFor(signal)}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Box>
    </Paper>
  );
}

function HitReason({ hit }: { hit: BlocklistHit }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const excepted = hit.exception !== null;
  return (
    <List.Item data-testid="hit">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge
          size="sm"
          variant={excepted ? 'outline' : 'filled'}
          color={excepted ? 'gray' : LEVEL_COLOR[hit.effective]}
          miw={110}
        >
          {t(`codes.blockAction.${hit.effective}`)}
        </Badge>
        <div>
          <Text size="sm" fw={600} td={excepted ? 'line-through' : undefined}>
            {hitHeadline(hit, t)} — {hit.reason}
          </Text>
          <Text size="xs" c="dimmed">
            {hitByline(hit, t, format)}
            {hit.match === 'loose' && hit.action !== hit.effective && ` · ${t('card.hit.looseOnlyCaution')}`}
          </Text>
          {hit.exception && (
            <Text size="xs" c="teal.8">
              {t('card.hit.exception', {
                reason: hit.exception.reason,
                name: hit.exception.grantedBy,
                date: format.date(hit.exception.grantedAt),
              })}
            </Text>
          )}
        </div>
      </Group>
    </List.Item>
  );
}
