import { Alert, Stack, Text } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlocklistHit } from '../../../../shared/contract/blocklist';
import { RiskList } from './RiskList';

interface PolicyRefusalProps {
  message: string;
  hits: BlocklistHit[];
  isOwner: boolean;
  reasonField: ReactNode;
}

/** The blocklist refused the order: why, and for the owner the way to accept it with a reason. */
export function PolicyRefusal({ message, hits, isOwner, reasonField }: PolicyRefusalProps) {
  const { t } = useTranslation();
  const counting = hits.filter((hit) => hit.effective !== 'caution');
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
        <Text size="sm">{message}</Text>
        {counting.length > 0 && <RiskList signals={[]} hits={counting} />}
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
