import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/SectionCard';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';

/**
 * Fills an empty shop with the demo shop so ShopDesk can be tried out. Main refuses once real
 * data exists (CONFLICT) and refuses anyone but the owner (FORBIDDEN); both are shown as said.
 */
export function DemoDataSection() {
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
    <SectionCard
      title={t('demo.title')}
      description={t('demo.description')}
      ownerOnly
      labelledBy="demo-title"
    >
      <Group>
        <Button variant="light" leftSection={<IconDatabaseImport size={16} />} onClick={open}>
          {t('demo.load')}
        </Button>
      </Group>
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
    </SectionCard>
  );
}
