import { Button, Group, Modal, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format';
import { changeLines } from '../../../../shared/domain/audit-change';
import { actionName, fieldName, valueText, whatText } from './audit-text';
import type { AuditRow } from './use-audit-pages';

/** One audit entry in full: who, when, what, and every value before and after. */
export function AuditDetailsDialog({ row, onClose }: { row: AuditRow; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const lines = changeLines(row.before, row.after);
  const fact = (label: string, value: string) => (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
  return (
    <Modal opened onClose={onClose} title={t('audit.details')} size="lg" centered>
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="sm">
          {fact(t('audit.col.when'), format.dateTime(row.at))}
          {fact(t('audit.col.who'), row.by ?? t('audit.system'))}
          {fact(t('audit.col.action'), actionName(row.action, t))}
          {fact(t('audit.col.what'), whatText(row, t))}
        </SimpleGrid>
        {row.note && fact(t('audit.col.note'), row.note)}
        {lines.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('audit.noChange')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={4} striped aria-label={t('audit.col.change')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>{t('audit.before')}</Table.Th>
                <Table.Th>{t('audit.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line) => {
                const last = line.key.split('.').at(-1) ?? '';
                return (
                  <Table.Tr key={line.key}>
                    <Table.Td fw={500}>{fieldName(line.key, t)}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>
                      {'before' in line ? valueText(line.before, last, t, format, Infinity) : '—'}
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>
                      {'after' in line ? valueText(line.after, last, t, format, Infinity) : '—'}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('audit.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
