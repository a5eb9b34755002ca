import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconKey, IconLockOpen, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../../shared/contract/staff';
import { notifyError, notifySuccess } from '../../../lib/errors';
import { useChannelMutation } from '../../../lib/query';

interface StaffActionsMenuProps {
  member: StaffMember;
  onRename: () => void;
  onSetPin: () => void;
}

export function StaffActionsMenu({ member, onRename, onSetPin }: StaffActionsMenuProps) {
  const { t } = useTranslation();
  const update = useChannelMutation('staff.update');
  const setPin = useChannelMutation('staff.setPin');
  const isOwner = member.role === 'owner';

  const setActive = (active: boolean) =>
    update
      .mutateAsync({ id: member.id, active })
      .then(() => notifySuccess(t(active ? 'staff.reactivated' : 'staff.deactivated', { name: member.name })))
      .catch(notifyError);
  const removePin = () =>
    setPin
      .mutateAsync({ id: member.id, pin: null })
      .then(() => notifySuccess(t('staff.pinRemoved', { name: member.name })))
      .catch(notifyError);

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('staff.actionsFor', { name: member.name })}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} />} onClick={onRename}>
          {t('staff.rename')}
        </Menu.Item>
        <Menu.Item leftSection={<IconKey size={16} />} onClick={onSetPin}>
          {member.hasPin ? t('staff.changePin') : t('staff.setPin')}
        </Menu.Item>
        {/* The owner keeps a PIN and stays active: main refuses both, so they are not offered. */}
        {member.hasPin && !isOwner && (
          <Menu.Item leftSection={<IconLockOpen size={16} />} onClick={() => void removePin()}>
            {t('staff.removePin')}
          </Menu.Item>
        )}
        {!isOwner &&
          (member.active ? (
            <Menu.Item
              color="red"
              leftSection={<IconUserOff size={16} />}
              onClick={() => void setActive(false)}
            >
              {t('staff.deactivate')}
            </Menu.Item>
          ) : (
            <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => void setActive(true)}>
              {t('staff.reactivate')}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
