import {
  Alert,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DATE_ORDERS,
  IMPORT_DELIMITERS,
  IMPORT_ENCODINGS,
  type ImportInspection,
  type ImportOptions,
} from '../../../../shared/contract/import';
import { useFormatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';
import { formatBytes } from '../backup/BackupList';
import { importErrorText } from './import-errors';

const HEADER_ROWS = ['0', '1', '2', '3'] as const;

/**
 * What the core made of the file (format, encoding, delimiter, sheet, header) with a control to
 * correct each: a change reads the same upload again with that option (`import.inspect`).
 */
export function ReadingPanel({
  inspection,
  options,
  onRead,
}: {
  inspection: ImportInspection;
  options: ImportOptions;
  onRead: (inspection: ImportInspection) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const inspect = useChannelMutation('import.inspect');
  const [error, setError] = useState<string | null>(null);
  // Answers can cross when options change quickly (typing 1 then 12): only the last one counts.
  const latest = useRef(0);
  const reading = inspection.detected;
  const csv = inspection.format === 'csv';

  const reread = async (change: ImportOptions) => {
    const ticket = ++latest.current;
    setError(null);
    try {
      const next = await inspect.mutateAsync({
        uploadId: inspection.uploadId,
        options: { ...options, ...change },
      });
      if (ticket === latest.current) onRead(next);
    } catch (failure) {
      if (ticket === latest.current) setError(importErrorText(failure));
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-reading-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4} id="import-reading-title">
              {t('import.reading.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('import.reading.hint')}
            </Text>
          </div>
          {inspect.isPending && (
            <Group gap={6}>
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                {t('import.reading.rereading')}
              </Text>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" data-testid="import-detected">
          <Fact label={t('import.reading.file')} testId="import-file-name">
            {inspection.fileName} · {formatBytes(inspection.sizeBytes, i18n.language)}
          </Fact>
          <Fact label={t('import.reading.format')} testId="import-format">
            {t(`import.reading.formatName.${inspection.format}`)}
          </Fact>
          <Fact label={t('import.reading.rows')}>
            <span data-testid="import-row-count">{format.number(inspection.rowCount)}</span>
            <Text span size="sm" c="dimmed">
              {' · '}
              {t('import.reading.firstLine', { line: format.number(inspection.firstDataLine) })}
            </Text>
          </Fact>
          <Fact label={t('import.reading.columns')}>{format.number(inspection.columns.length)}</Fact>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
          {csv && (
            <Select
              label={t('import.reading.encoding')}
              value={reading.encoding}
              allowDeselect={false}
              data={IMPORT_ENCODINGS.map((value) => ({
                value,
                label: t(`import.reading.encodingName.${value}`),
              }))}
              onChange={(value) =>
                value && void reread({ encoding: value as (typeof IMPORT_ENCODINGS)[number] })
              }
            />
          )}
          {csv && (
            <Select
              label={t('import.reading.delimiter')}
              value={reading.delimiter}
              allowDeselect={false}
              data={IMPORT_DELIMITERS.map((value) => ({
                value,
                label: t(`import.reading.delimiterName.${value}`),
              }))}
              onChange={(value) =>
                value && void reread({ delimiter: value as (typeof IMPORT_DELIMITERS)[number] })
              }
            />
          )}
          {!csv && (
            <Select
              label={t('import.reading.sheet')}
              value={reading.sheet}
              allowDeselect={false}
              data={inspection.sheets}
              onChange={(value) => value && void reread({ sheet: value })}
            />
          )}
          <NumberInput
            label={t('import.reading.titleRows')}
            value={reading.titleRows}
            min={0}
            max={50}
            allowDecimal={false}
            allowNegative={false}
            onChange={(value) => {
              if (typeof value === 'number' && value >= 0 && value <= 50) void reread({ titleRows: value });
            }}
          />
          <Select
            label={t('import.reading.headerRows')}
            value={String(reading.headerRows)}
            allowDeselect={false}
            data={HEADER_ROWS.map((value) => ({ value, label: t(`import.reading.headerName.${value}`) }))}
            onChange={(value) => value && void reread({ headerRows: Number(value) })}
          />
          <Select
            label={t('import.reading.dateOrder')}
            value={reading.dateOrder}
            allowDeselect={false}
            data={DATE_ORDERS.map((value) => ({ value, label: t(`import.reading.dateOrderName.${value}`) }))}
            onChange={(value) => value && void reread({ dateOrder: value as (typeof DATE_ORDERS)[number] })}
          />
        </SimpleGrid>
        {error && (
          <Alert color="red" variant="light" data-testid="import-reading-error">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function Fact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId} style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </div>
  );
}
