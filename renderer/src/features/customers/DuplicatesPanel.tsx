import { Alert, Anchor, Badge, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconArrowMerge, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerCard } from '../../../../shared/contract/customers';
import { notifyError, notifySuccess } from '../../lib/errors';
import { displayPhone } from '../../lib/phone-display';
import { useChannelMutation } from '../../lib/query';

type Duplicate = CustomerCard['duplicates'][number];

/** Records that share a phone or e-mail with this one, and the owner's way to make them one. */
export function DuplicatesPanel({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const merge = useChannelMutation('customers.merge');
  const [source, setSource] = useState<Duplicate | null>(null);
  if (card.duplicates.length === 0) return null;
  const targetName = card.customer.name || t('card.unnamed');
  // The same record can match on a phone and an e-mail: list it once.
  const unique = card.duplicates.filter((d, i, all) => all.findIndex((o) => o.id === d.id) === i);

  const confirm = async () => {
    if (!source) return;
    try {
      await merge.mutateAsync({ targetId: card.customer.id, sourceId: source.id });
      notifySuccess(
        t('customers.merge.done', { source: source.name || t('card.unnamed'), target: targetName }),
      );
    } catch (error) {
      notifyError(error);
    } finally {
      setSource(null);
    }
  };

  return (
    <Alert color="grape" variant="light" icon={<IconCopy size={18} />} title={t('card.duplicates.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('customers.merge.intro')}</Text>
        {unique.map((duplicate) => (
          <Stack key={duplicate.id} gap={4} data-testid="duplicate">
            <div>
              <Anchor component={Link} to={`/customers/${duplicate.id}`} size="sm" fw={600}>
                {duplicate.name || t('card.unnamed')}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t(`card.duplicates.${duplicate.matchedOn}`, {
                  value: duplicate.matchedOn === 'phone' ? displayPhone(duplicate.value) : duplicate.value,
                })}
              </Text>
            </div>
            <Group gap={6}>
              <Button
                size="compact-sm"
                variant="light"
                color="grape"
                leftSection={<IconArrowMerge size={14} />}
                onClick={() => setSource(duplicate)}
              >
                {t('customers.merge.button')}
              </Button>
              <Badge size="xs" variant="light" color="indigo">
                {t('settings.ownerOnly')}
              </Badge>
            </Group>
          </Stack>
        ))}
      </Stack>
      <Modal
        opened={source !== null}
        onClose={() => setSource(null)}
        title={t('customers.merge.title')}
        size="lg"
        centered
      >
        {source && (
          <Stack gap="sm">
            <Text size="sm">
              {t('customers.merge.confirmText', {
                source: source.name || t('card.unnamed'),
                target: targetName,
              })}
            </Text>
            <List size="sm" spacing={4}>
              <List.Item>{t('customers.merge.movesHistory')}</List.Item>
              <List.Item>{t('customers.merge.keepsFlags')}</List.Item>
              <List.Item>
                {t('customers.merge.archives', { source: source.name || t('card.unnamed') })}
              </List.Item>
              <List.Item>{t('customers.merge.audited')}</List.Item>
            </List>
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={() => setSource(null)} disabled={merge.isPending}>
                {t('common.cancel')}
              </Button>
              <Button color="grape" onClick={() => void confirm()} loading={merge.isPending}>
                {t('customers.merge.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Alert>
  );
}
