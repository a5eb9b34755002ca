import { Badge, Loader, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/SectionCard';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelQuery } from '../../lib/query';

/** How many past imports the page lists: a shop imports now and then, not hundreds of times. */
const SHOWN = 50;

/** Past imports, newest first, with what each changed. */
export function ImportHistory() {
  const { t } = useTranslation();
  const format = useFormatters();
  const history = useChannelQuery('import.history', { offset: 0, limit: SHOWN });
  const count = (value: number) => (value > 0 ? format.number(value) : '—');

  return (
    <SectionCard
      title={t('import.history.title')}
      description={t('import.history.description')}
      labelledBy="import-history-title"
    >
      {history.isPending ? (
        <Loader size="sm" />
      ) : history.isError ? (
        <Text size="sm" c="red.7">
          {t('import.history.failed', { message: errorMessage(history.error) })}
        </Text>
      ) : history.data.rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="import-history-empty">
          {t('import.history.empty')}
        </Text>
      ) : (
        <ScrollArea>
          <Table striped verticalSpacing={6} aria-label={t('import.history.table')} miw={860}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.history.when')}</Table.Th>
                <Table.Th>{t('import.history.who')}</Table.Th>
                <Table.Th>{t('import.history.file')}</Table.Th>
                <Table.Th>{t('import.history.what')}</Table.Th>
                <Table.Th ta="right">{t('import.history.rows')}</Table.Th>
                <Table.Th ta="right">{t('import.history.created')}</Table.Th>
                <Table.Th ta="right">{t('import.history.updated')}</Table.Th>
                <Table.Th ta="right">{t('import.history.unchanged')}</Table.Th>
                <Table.Th ta="right">{t('import.history.skipped')}</Table.Th>
                <Table.Th ta="right">{t('import.history.refused')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.rows.map((row) => (
                <Table.Tr key={row.id} data-testid="import-history-row">
                  <Table.Td>{format.dateTime(row.at)}</Table.Td>
                  <Table.Td>{row.by ?? t('import.history.system')}</Table.Td>
                  <Table.Td maw={260}>
                    <Text size="sm" truncate title={row.fileName}>
                      {row.fileName}{' '}
                      <Badge size="xs" variant="light" color="gray">
                        {row.format.toUpperCase()}
                      </Badge>
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`import.target.${row.target}`)}</Table.Td>
                  <Table.Td ta="right">{format.number(row.rows)}</Table.Td>
                  <Table.Td ta="right">{count(row.created)}</Table.Td>
                  <Table.Td ta="right">{count(row.updated)}</Table.Td>
                  <Table.Td ta="right">{count(row.unchanged)}</Table.Td>
                  <Table.Td ta="right">{count(row.skipped)}</Table.Td>
                  <Table.Td ta="right">{count(row.refused)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {history.data.total > history.data.rows.length && (
            <Text size="xs" c="dimmed" mt={4}>
              {format.number(history.data.rows.length)} / {format.number(history.data.total)}
            </Text>
          )}
        </ScrollArea>
      )}
    </SectionCard>
  );
}
