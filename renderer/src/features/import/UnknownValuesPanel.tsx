import { Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportEnumField, ImportSummary, ImportValueMaps } from '../../../../shared/contract/import';
import { useFormatters } from '../../lib/format';
import { ENUM_CODES, ENUM_FIELDS } from './mapping';
import type { ImportWizardState } from './use-import-wizard';
import { codeName, fieldName } from './wording';

interface Entry {
  value: string;
  /** Rows with it in the last check; null for a value mapped earlier that is no longer unknown. */
  count: number | null;
}

/** The test id of a value's select, for a problem row to take the focus there. */
export function unknownValueSelectId(field: ImportEnumField, value: string): string {
  return `import-unknown-${field}-${encodeURIComponent(value)}`;
}

/**
 * The code columns' values the app does not know, per field, each with a select of what it means
 * (→ `valueMaps`). Values mapped before stay listed, so a wrong choice can be undone.
 */
export function UnknownValuesPanel({
  summary,
  wizard,
}: {
  summary: ImportSummary;
  wizard: ImportWizardState;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const maps = wizard.setup.valueMaps;

  const entries = (field: ImportEnumField): Entry[] => {
    const unknown = summary.unknownValues[field] ?? [];
    const listed = new Set(unknown.map((entry) => entry.value));
    const mapped = Object.keys(maps[field] ?? {}).filter((value) => !listed.has(value));
    return [...unknown, ...mapped.map((value) => ({ value, count: null }))];
  };
  const fields = ENUM_FIELDS.filter((field) => entries(field).length > 0);
  if (fields.length === 0) return null;
  // Once every value is mapped (or the mapping was remembered) none of them is unknown any more.
  const anyUnknown = ENUM_FIELDS.some((field) => (summary.unknownValues[field] ?? []).length > 0);

  const choose = (field: ImportEnumField, value: string, code: string | null) =>
    wizard.updateSetup((current) => {
      const map: Record<string, string> = { ...(current.valueMaps[field] ?? {}) };
      if (code) map[value] = code;
      else delete map[value];
      const valueMaps: ImportValueMaps = { ...current.valueMaps, [field]: map };
      if (Object.keys(map).length === 0) delete valueMaps[field];
      return { ...current, valueMaps };
    });

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg="white"
      component="section"
      aria-labelledby="import-unknown-title"
      data-testid="import-unknown"
    >
      <Title order={4} id="import-unknown-title">
        {anyUnknown ? t('import.unknown.title') : t('import.unknown.mappedTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {anyUnknown ? t('import.unknown.hint') : t('import.unknown.mappedHint')}
      </Text>
      <Stack gap="md">
        {fields.map((field) => (
          <Table key={field} verticalSpacing={4} aria-label={fieldName(field, t)}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  {fieldName(field, t)}: {t('import.unknown.value')}
                </Table.Th>
                <Table.Th w={80} ta="right">
                  {t('import.unknown.rows')}
                </Table.Th>
                <Table.Th w={280}>{t('import.unknown.means')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries(field).map((entry) => (
                <Table.Tr key={entry.value}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {entry.value}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{entry.count === null ? '—' : format.number(entry.count)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      data-testid={unknownValueSelectId(field, entry.value)}
                      data-step-focus={entry.count !== null || undefined}
                      aria-label={t('import.unknown.meaningOf', {
                        value: entry.value,
                        field: fieldName(field, t),
                      })}
                      placeholder={t('import.unknown.choose')}
                      clearable
                      value={maps[field]?.[entry.value] ?? null}
                      data={ENUM_CODES[field].map((code) => ({
                        value: code,
                        label: codeName(field, code, t),
                      }))}
                      onChange={(code) => choose(field, entry.value, code)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      </Stack>
    </Paper>
  );
}
