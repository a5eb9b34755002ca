import { Alert, Stack, Text } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlocklistHit } from '../../../../shared/contract/blocklist';
import type { RiskSignal } from '../../../../shared/domain/risk';
import { RiskList } from './RiskList';

interface PolicyRefusalProps {
  /** The signals that refuse the order as it stands (orders.check), worded in the reader's language. */
  signals: RiskSignal[];
  hits: BlocklistHit[];
  /** What main said on save when the live check had not caught up. */
  message?: string | null;
  isOwner: boolean;
  reasonField: ReactNode;
}

/** The shop's rules refuse the order: why, and for the owner the way to accept it with a reason. */
export function PolicyRefusal({ signals, hits, message, isOwner, reasonField }: PolicyRefusalProps) {
  const { t } = useTranslation();
  const refusing = new Set(signals.filter((s) => s.rule === 'blocklist').map((s) => Number(s.facts.entryId)));
  const prepaymentOnly = signals.every((s) => s.level === 'prepayment');
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconBan size={20} />}
      title={t('orders.policy.title')}
      data-testid="policy-refusal"
      role="alert"
    >
      <Stack gap="sm">
        {message && <Text size="sm">{message}</Text>}
        <RiskList
          signals={signals.filter((s) => s.rule !== 'blocklist')}
          hits={hits.filter((h) => refusing.has(h.entryId))}
        />
        {prepaymentOnly && signals.length > 0 && <Text size="sm">{t('orders.policy.prepaymentWay')}</Text>}
        {isOwner ? (
          <>
            <Text size="sm">{t('orders.policy.ownerCan')}</Text>
            {reasonField}
          </>
        ) : (
          <Text size="sm" fw={600}>
            {t('orders.policy.operatorCannot')}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
