import { Button, Group, Paper, Text } from '@mantine/core';
import { IconArchive, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerCard } from '../../../../shared/contract/customers';
import { useFormatters } from '../../lib/format';

/**
 * In place of the verdict for an archived record: it takes no orders, so no colour may suggest
 * it does. A merged record sends the operator to the customer it became.
 */
export function ArchivedNotice({ archived }: { archived: NonNullable<CustomerCard['archived']> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { mergedInto } = archived;
  const date = format.date(archived.at);
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      bg="gray.0"
      data-testid="archived"
      role="region"
      aria-label={t('card.archived.region')}
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Group gap="md" wrap="nowrap">
          <IconArchive size={36} stroke={1.8} color="var(--mantine-color-gray-7)" aria-hidden />
          <div>
            <Text fz={24} fw={800} tt="uppercase" c="gray.8" data-testid="archived-word">
              {mergedInto
                ? t('card.archived.merged', { name: mergedInto.name || t('card.unnamed') })
                : t('card.archived.archived')}
            </Text>
            <Text size="sm" c="dimmed">
              {mergedInto
                ? t('card.archived.mergedHint', { date })
                : t('card.archived.archivedHint', { date })}
            </Text>
          </div>
        </Group>
        {mergedInto && (
          <Button
            component={Link}
            to={`/customers/${mergedInto.id}`}
            variant="default"
            rightSection={<IconArrowRight size={16} />}
            style={{ flexShrink: 0 }}
          >
            {t('card.archived.open', { name: mergedInto.name || t('card.unnamed') })}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
