import { Badge, Button, Group, Text } from '@mantine/core';
import { IconBuildingStore, IconSwitchHorizontal, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/contract/session';
import { notifyError } from '../../lib/errors';
import { useSignOut } from '../../lib/session';
import { BackupStatusItem } from '../backup/BackupStatusItem';

interface StatusBarProps {
  user: SessionUser;
  shopName: string | undefined;
}

/** Who is working, in which shop, and the one-click way to hand the keyboard to someone else. */
export function StatusBar({ user, shopName }: StatusBarProps) {
  const { t } = useTranslation();
  const { signOut, isPending } = useSignOut();
  return (
    <Group h="100%" justify="space-between" wrap="nowrap" role="status" aria-label={t('shell.statusBar')}>
      <Group gap="lg" wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <IconUser size={16} aria-hidden />
          <Text size="sm">{t('shell.signedInAs')}</Text>
          <Text size="sm" fw={600} data-testid="status-user">
            {user.name}
          </Text>
          <Badge
            size="sm"
            variant="light"
            color={user.role === 'owner' ? 'indigo' : 'gray'}
            data-testid="status-role"
          >
            {t(`roles.${user.role}`)}
          </Badge>
        </Group>
        {shopName && (
          <Group gap={6} wrap="nowrap">
            <IconBuildingStore size={16} aria-hidden />
            <Text size="sm" c="dimmed">
              {t('shell.shop')}
            </Text>
            <Text size="sm" data-testid="status-shop" truncate maw={360}>
              {shopName}
            </Text>
          </Group>
        )}
      </Group>
      <Group gap="md" wrap="nowrap">
        <BackupStatusItem user={user} />
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconSwitchHorizontal size={16} />}
          loading={isPending}
          onClick={() => void signOut().catch(notifyError)}
        >
          {t('shell.switchUser')}
        </Button>
      </Group>
    </Group>
  );
}
