import { Alert, Divider, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../../shared/contract/session';
import { SectionCard } from '../../../components/SectionCard';
import { errorMessage } from '../../../lib/errors';
import { useChannelQuery } from '../../../lib/query';
import { AddOperatorForm } from './AddOperatorForm';
import { StaffTable } from './StaffTable';

/** Who may use ShopDesk. The owner manages it; an operator sees the section and is refused. */
export function StaffSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const isOwner = user.role === 'owner';
  // Only the owner may read the list; asking as an operator would only fetch a refusal.
  const staff = useChannelQuery('staff.list', {}, { enabled: isOwner });

  return (
    <SectionCard
      title={t('staff.title')}
      description={t('staff.description')}
      ownerOnly
      labelledBy="staff-title"
    >
      {!isOwner && <Text size="sm">{t('staff.operatorNote')}</Text>}
      {isOwner && staff.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {staff.isError && <Alert color="red">{errorMessage(staff.error)}</Alert>}
      {staff.data && <StaffTable staff={staff.data} />}
      {staff.data?.length === 1 && (
        <Text size="sm" c="dimmed">
          {t('staff.onlyOwner')}
        </Text>
      )}
      <Divider label={t('staff.addTitle')} labelPosition="left" />
      <AddOperatorForm />
    </SectionCard>
  );
}
