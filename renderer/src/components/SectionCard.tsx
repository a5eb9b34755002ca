import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SectionCardProps {
  title: string;
  description?: string;
  /** Marks what only the owner may change; main enforces it, the badge only says so. */
  ownerOnly?: boolean;
  children: ReactNode;
  labelledBy?: string;
}

export function SectionCard({ title, description, ownerOnly, children, labelledBy }: SectionCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={labelledBy}>
      <Stack gap="md">
        <div>
          <Group gap="sm">
            <Title order={3} id={labelledBy}>
              {title}
            </Title>
            {ownerOnly && (
              <Badge variant="light" color="indigo" size="sm">
                {t('settings.ownerOnly')}
              </Badge>
            )}
          </Group>
          {description && (
            <Text size="sm" c="dimmed" mt={4}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
