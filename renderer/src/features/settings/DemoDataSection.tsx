import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDatabaseImport, IconTrash } from '@tabler/icons-react';
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

function LoadDemo({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [opened, { open, close }] = useDisclosure(false);
  const load = useChannelMutation('demo.load');
  const confirm = async () => {
    try {
      const summary = await load.mutateAsync({});
      notifySuccess(
        t('demo.loaded', {
          customers: format.number(summary.customers),
          orders: format.number(summary.orders),
          incidents: format.number(summary.incidents),
          couriers: format.number(summary.couriers),
          blocklist: format.number(summary.blocklistEntries),
        }),
      );
    } catch (error) {
      notifyError(error);
    } finally {
      close();
    }
  };
  return (
    <>
      <Button
        variant="light"
        leftSection={<IconDatabaseImport size={16} />}
        onClick={open}
        disabled={disabled}
      >
        {t('demo.load')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('demo.confirmTitle')} centered>
        <Text size="sm">{t('demo.confirmText')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close} disabled={load.isPending}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={load.isPending}>
            {t('demo.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

function ClearDemo({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const clear = useChannelMutation('demo.clear');
  const confirm = async () => {
    try {
      const { backupName } = await clear.mutateAsync({});
      notifySuccess(t('demo.cleared', { backup: backupName }));
    } catch (error) {
      notifyError(error);
    } finally {
      close();
    }
  };
  return (
    <>
      <Button
        variant="light"
        color="red"
        leftSection={<IconTrash size={16} />}
        onClick={open}
        disabled={disabled}
      >
        {t('demo.clear')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('demo.clearTitle')} centered>
        <Text size="sm">{t('demo.clearText')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close} disabled={clear.isPending}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={clear.isPending}>
            {t('demo.clearConfirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
