import { ActionIcon, Alert, Badge, Button, Group, Loader, Menu, Table, Text } from '@mantine/core';
import { IconDots, IconPencil, IconPlus, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Courier } from '../../../../../shared/contract/couriers';
import type { SessionUser } from '../../../../../shared/contract/session';
import { SectionCard } from '../../../components/SectionCard';
import { errorMessage, notifyError, notifySuccess } from '../../../lib/errors';
import { useFormatters } from '../../../lib/format';
import { displayPhone } from '../../../lib/phone-display';
import { useChannelMutation, useChannelQuery } from '../../../lib/query';
import { CourierDialog } from './CourierDialog';
import { CourierIncidents } from './CourierIncidents';

/** The shop's couriers: who delivers, how many stops a day they take, what each delivery costs. */
export function CouriersSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const isOwner = user.role === 'owner';
  const couriers = useChannelQuery('couriers.list', { includeInactive: true });
  const settings = useChannelQuery('settings.get', {});
  const update = useChannelMutation('couriers.update');
  const [dialog, setDialog] = useState<{ courier?: Courier } | null>(null);
  const currency = settings.data?.currency ?? 'RUB';

  const setActive = (courier: Courier, active: boolean) =>
    update
      .mutateAsync({ id: courier.id, active })
      .then(() =>
        notifySuccess(t(active ? 'couriers.reactivated' : 'couriers.deactivated', { name: courier.name })),
      )
      .catch(notifyError);

  return (
    <SectionCard
      title={t('couriers.title')}
      description={t('couriers.description')}
      ownerOnly
      labelledBy="couriers-title"
    >
      {!isOwner && <Text size="sm">{t('couriers.operatorNote')}</Text>}
      {couriers.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {couriers.isError && <Alert color="red">{errorMessage(couriers.error)}</Alert>}
      {couriers.data && couriers.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('couriers.none')}
        </Text>
      )}
      {couriers.data && couriers.data.length > 0 && (
        <Table verticalSpacing="xs" highlightOnHover aria-label={t('couriers.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('couriers.name')}</Table.Th>
              <Table.Th>{t('couriers.kind')}</Table.Th>
              <Table.Th>{t('couriers.phone')}</Table.Th>
              <Table.Th ta="right">{t('couriers.capacityShort')}</Table.Th>
              <Table.Th ta="right">{t('couriers.costShort')}</Table.Th>
              <Table.Th>{t('incidents.courierStats.column')}</Table.Th>
              <Table.Th>{t('staff.status')}</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {couriers.data.map((courier) => (
              <Table.Tr key={courier.id} c={courier.active ? undefined : 'dimmed'}>
                <Table.Td fw={500}>{courier.name}</Table.Td>
                <Table.Td>{t(`codes.courierKind.${courier.kind}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {courier.phone ? displayPhone(courier.phone) : '—'}
                </Table.Td>
                <Table.Td ta="right">{courier.capacity ?? t('couriers.noLimit')}</Table.Td>
                <Table.Td ta="right">{format.money(courier.costPerDelivery)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <CourierIncidents courier={courier} />
                </Table.Td>
                <Table.Td>
                  <Badge variant="dot" color={courier.active ? 'teal' : 'gray'}>
                    {courier.active ? t('staff.active') : t('staff.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {isOwner && (
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('couriers.actionsFor', { name: courier.name })}
                        >
                          <IconDots size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          leftSection={<IconPencil size={16} />}
                          onClick={() => setDialog({ courier })}
                        >
                          {t('couriers.edit')}
                        </Menu.Item>
                        {courier.active ? (
                          <Menu.Item
                            color="red"
                            leftSection={<IconUserOff size={16} />}
                            onClick={() => void setActive(courier, false)}
                          >
                            {t('couriers.deactivate')}
                          </Menu.Item>
                        ) : (
                          <Menu.Item
                            leftSection={<IconUserCheck size={16} />}
                            onClick={() => void setActive(courier, true)}
                          >
                            {t('couriers.reactivate')}
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {isOwner && (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setDialog({})}>
            {t('couriers.addButton')}
          </Button>
        </Group>
      )}
      {dialog && (
        <CourierDialog courier={dialog.courier} currency={currency} onClose={() => setDialog(null)} />
      )}
    </SectionCard>
  );
}
