import { Badge, Table, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../../shared/contract/staff';
import { useFormatters } from '../../../lib/format';
import { PinDialog } from './PinDialog';
import { RenameDialog } from './RenameDialog';
import { StaffActionsMenu } from './StaffActionsMenu';

type Dialog = { kind: 'rename' | 'pin'; member: StaffMember } | null;

export function StaffTable({ staff }: { staff: StaffMember[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <>
      <Table verticalSpacing="xs" highlightOnHover aria-label={t('staff.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staff.name')}</Table.Th>
            <Table.Th>{t('staff.role')}</Table.Th>
            <Table.Th>{t('staff.pin')}</Table.Th>
            <Table.Th>{t('staff.status')}</Table.Th>
            <Table.Th>{t('staff.since')}</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>{t('staff.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((member) => (
            <Table.Tr key={member.id} c={member.active ? undefined : 'dimmed'}>
              <Table.Td fw={500}>{member.name}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={member.role === 'owner' ? 'indigo' : 'gray'}>
                  {t(`roles.${member.role}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{member.hasPin ? t('staff.hasPin') : t('staff.noPin')}</Table.Td>
              <Table.Td>
                <Badge variant="dot" color={member.active ? 'teal' : 'gray'}>
                  {member.active ? t('staff.active') : t('staff.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>{format.date(member.createdAt)}</Table.Td>
              <Table.Td>
                <StaffActionsMenu
                  member={member}
                  onRename={() => setDialog({ kind: 'rename', member })}
                  onSetPin={() => setDialog({ kind: 'pin', member })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {dialog?.kind === 'rename' && <RenameDialog member={dialog.member} onClose={close} />}
      {dialog?.kind === 'pin' && <PinDialog member={dialog.member} onClose={close} />}
    </>
  );
}
