import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TooltipContentProps } from 'recharts';
import classes from './ChartBox.module.css';

interface ReportSectionProps {
  title: string;
  description?: string;
  /** Downloads exactly what the chart draws; absent when there is nothing to download. */
  onDownload?: () => void;
  testId: string;
  children: ReactNode;
}

/** One report: a titled region with its "Download CSV" button, then the chart and its table. */
export function ReportSection({ title, description, onDownload, testId, children }: ReportSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} data-testid={testId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} id={id}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed" mt={4} maw={760}>
                {description}
              </Text>
            )}
          </div>
          {onDownload && (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} />}
              onClick={onDownload}
              style={{ flexShrink: 0 }}
            >
              {t('reports.downloadCsv')}
            </Button>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The box a chart draws in: a fixed height (recharts measures the width) and the marker the
 * benchmark and the tests look for.
 */
export function ChartBox({
  name,
  height = 300,
  children,
}: {
  name: string;
  height?: number;
  children: ReactNode;
}) {
  return (
    <Box
      data-testid="report-chart"
      data-chart={name}
      h={height}
      style={{ minWidth: 0 }}
      className={classes.box}
    >
      {children}
    </Box>
  );
}

/** A line of a tooltip: the series' colour, its name and its value. */
export interface TooltipLine {
  key: string;
  color?: string;
  name: string;
  value: string;
  strong?: boolean;
}

/** The tooltip box all the charts use: a title, then one line per series (largest first). */
export function TooltipBox({ title, lines }: { title: ReactNode; lines: TooltipLine[] }) {
  return (
    <Paper shadow="md" withBorder p="xs" miw={200} maw={360}>
      <Text size="sm" fw={700} mb={4}>
        {title}
      </Text>
      {lines.map((line) => (
        <Group key={line.key} justify="space-between" gap="md" wrap="nowrap">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            {line.color && (
              <Box w={10} h={10} style={{ borderRadius: 2, background: line.color, flexShrink: 0 }} />
            )}
            <Text size="xs" truncate fw={line.strong ? 700 : undefined}>
              {line.name}
            </Text>
          </Group>
          <Text size="xs" fw={line.strong ? 700 : 500} style={{ flexShrink: 0 }}>
            {line.value}
          </Text>
        </Group>
      ))}
    </Paper>
  );
}

/** The data row under the pointer, from a tooltip's props (every series shares one row). */
export function hoveredRow<Row>(props: TooltipContentProps): Row | null {
  if (!props.active || props.payload.length === 0) return null;
  return (props.payload[0]?.payload as Row | undefined) ?? null;
}

/** A note in place of a chart that has nothing to draw. */
export function NothingToDraw({ children, height = 120 }: { children: ReactNode; height?: number }) {
  return (
    <Group h={height} justify="center" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <Text c="dimmed" size="sm" ta="center" maw={520}>
        {children}
      </Text>
    </Group>
  );
}
