import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../shared/contract/import';
import { useFormatters } from '../../lib/format';

type Count = 'create' | 'update' | 'unchanged' | 'skipped' | 'refused';

const COLOR: Record<Count, string> = {
  create: 'teal.8',
  update: 'blue.8',
  unchanged: 'gray.7',
  skipped: 'orange.8',
  refused: 'red.8',
};

/** What a run does (or did), as big numbers; "refused" only when the blocklist refused any. */
export function SummaryCounts({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const counts: Count[] = ['create', 'update', 'unchanged', 'skipped'];
  if (summary.refused > 0) counts.push('refused');
  const label = (count: Count) =>
    count === 'create' ? t(`import.check.create.${summary.target}`) : t(`import.check.${count}`);
  return (
    <div>
      <SimpleGrid cols={counts.length} spacing="sm" data-testid="import-counts">
        {counts.map((count) => (
          <Paper key={count} withBorder p="sm" radius="md" bg="white" data-testid={`import-count-${count}`}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {label(count)}
            </Text>
            <Text fz={30} fw={700} lh={1.2} c={summary[count] > 0 ? COLOR[count] : 'gray.5'}>
              {format.number(summary[count])}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={6}>
        {t('import.check.rowsRead', {
          rows: format.number(summary.rows),
          what: summary.target === 'orders' ? t('import.check.whatOrders') : t('import.check.whatCustomers'),
          total: format.number(summary.total),
        })}
      </Text>
    </div>
  );
}
