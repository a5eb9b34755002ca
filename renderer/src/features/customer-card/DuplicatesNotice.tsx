import { Alert, Anchor, Group, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerCard } from '../../../../shared/contract/customers';
import { displayPhone } from '../../lib/phone-display';

/** Other records with the same phone or e-mail: the customer page can merge them. */
export function DuplicatesNotice({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  if (card.duplicates.length === 0) return null;
  return (
    <Alert color="grape" variant="light" icon={<IconCopy size={18} />} title={t('card.duplicates.title')}>
      <Text size="sm">{t('card.duplicates.text')}</Text>
      {card.duplicates.map((duplicate) => (
        <Group key={`${duplicate.id}-${duplicate.value}`} gap="xs">
          <Anchor component={Link} to={`/customers/${duplicate.id}`} size="sm" fw={600}>
            {duplicate.name || t('card.unnamed')}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t(`card.duplicates.${duplicate.matchedOn}`, {
              value: duplicate.matchedOn === 'phone' ? displayPhone(duplicate.value) : duplicate.value,
            })}
          </Text>
        </Group>
      ))}
      <Anchor component={Link} to={`/customers/${card.customer.id}`} size="sm">
        {t('card.duplicates.review')}
      </Anchor>
    </Alert>
  );
}
