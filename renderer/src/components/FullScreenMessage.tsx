import { Center, Paper, Stack, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface FullScreenMessageProps {
  icon: ReactNode;
  color?: string;
  title: string;
  children: ReactNode;
  width?: number;
}

/** A single centred card filling the window: startup problems, first run, sign-in. */
export function FullScreenMessage({
  icon,
  color = 'teal',
  title,
  children,
  width = 560,
}: FullScreenMessageProps) {
  return (
    <Center mih="100vh" p="xl" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" w={width} maw="100%">
        <Stack gap="md">
          <ThemeIcon size={48} radius="xl" variant="light" color={color}>
            {icon}
          </ThemeIcon>
          <Title order={2}>{title}</Title>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
