import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDatabaseImport, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/contract/session';
import { SectionCard } from '../../components/SectionCard';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation, useChannelQuery } from '../../lib/query';

/**
 * The demo shop: loaded into an empty shop to try ShopDesk, cleared in one step (a backup
 * first). What cannot be done is said before it is tried: a shop with data of its own is not
 * offered the demo, and the operator sees why the buttons are off. Main refuses either way.
 */
export function DemoDataSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const status = useChannelQuery('demo.status', {});
  const isOwner = user.role === 'owner';
  const loaded = status.data?.loadedAt != null;
  const hasData = status.data?.hasData ?? true;
  const why = !isOwner ? t('demo.ownerOnly') : hasData ? t('demo.shopHasData') : null;
  return (
    <SectionCard
      title={t('demo.title')}
      description={t('demo.description')}
      ownerOnly
      labelledBy="demo-title"
    >
      {status.data && (
        <Group>
          {loaded ? <ClearDemo disabled={!isOwner} /> : <LoadDemo disabled={!isOwner || hasData} />}
        </Group>
      )}
      {status.data && why && !loaded && (
        <Text size="sm" c="dimmed" data-testid="demo-unavailable">
          {why}
        </Text>
      )}
      {loaded && (
        <Text size="sm" c="dimmed" data-testid="demo-loaded">
          {isOwner ? t('demo.clearExplain') : t('demo.ownerOnly')}
        </Text>
      )}
    </SectionCard>
  );
}

/** A button that asks first, then runs; said as a notification either way. */
function ConfirmedAction({
  label,
  icon,
  color,
  disabled,
  title,
  text,
  confirmLabel,
  run,
}: {
  label: string;
  icon: ReactNode;
  color?: string;
  disabled: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  run: () => Promise<string>;
}) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [pending, setPending] = useState(false);
  const confirm = async () => {
    setPending(true);
    try {
      notifySuccess(await run());
    } catch (error) {
      notifyError(error);
    } finally {
      setPending(false);
      close();
    }
  };
  return (
    <>
      <Button variant="light" color={color} leftSection={icon} onClick={open} disabled={disabled}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Text size="sm">{text}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button color={color} onClick={() => void confirm()} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

function LoadDemo({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const load = useChannelMutation('demo.load');
  return (
    <ConfirmedAction
      label={t('demo.load')}
      icon={<IconDatabaseImport size={16} />}
      disabled={disabled}
      title={t('demo.confirmTitle')}
      text={t('demo.confirmText')}
      confirmLabel={t('demo.confirm')}
      run={async () => {
        const summary = await load.mutateAsync({});
        return t('demo.loaded', {
          customers: format.number(summary.customers),
          orders: format.number(summary.orders),
          incidents: format.number(summary.incidents),
          couriers: format.number(summary.couriers),
          blocklist: format.number(summary.blocklistEntries),
        });
      }}
    />
  );
}

function ClearDemo({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const clear = useChannelMutation('demo.clear');
  return (
    <ConfirmedAction
      label={t('demo.clear')}
      icon={<IconTrash size={16} />}
      color="red"
      disabled={disabled}
      title={t('demo.clearTitle')}
      text={t('demo.clearText')}
      confirmLabel={t('demo.clearConfirm')}
      run={async () => t('demo.cleared', { backup: (await clear.mutateAsync({})).backupName })}
    />
  );
}
