import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportInspection, ImportProblem, ImportSummary } from '../../../../shared/contract/import';
import { useVirtualRows, VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useFormatters } from '../../lib/format';
import { columnName, problemText } from './wording';

const ROW_HEIGHT = 36;
/** Tall enough for ten rows; a short list takes only its own height. */
const MAX_HEIGHT = 380;

/**
 * Every skipped row and why, by its line in the file (up to 1,000, virtualized). Enter or a click
 * on an unknown value's row takes the user to where that value is mapped.
 */
export function ProblemsTable({
  summary,
  inspection,
  onOpen,
}: {
  summary: ImportSummary;
  inspection: ImportInspection;
  onOpen: (problem: ImportProblem) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const problems = summary.problems;
  const { scrollerRef, ...rows } = useVirtualRows(problems.length, ROW_HEIGHT);
  const dateOrder = inspection.detected.dateOrder;
  const columns: VirtualColumn<ImportProblem>[] = [
    { label: t('import.problems.line'), width: '64px', align: 'right', cell: (p) => format.number(p.line) },
    {
      label: t('import.problems.column'),
      width: 'minmax(90px, 0.8fr)',
      text: { truncate: true },
      cell: (p) => (p.column === null ? '—' : columnName(inspection, p.column, t)),
    },
    {
      label: t('import.problems.value'),
      width: 'minmax(100px, 1fr)',
      text: (p) => ({ truncate: true, c: p.value ? undefined : 'dimmed' }),
      cell: (p) => p.value || t('import.problems.empty'),
    },
    {
      label: t('import.problems.reason'),
      width: 'minmax(240px, 3.6fr)',
      text: 'block',
      // A long reason is cut to the row; the whole sentence is its tooltip.
      cell: (p) => {
        const reason = problemText(p, t, i18n.language, dateOrder);
        return (
          <Text size="sm" truncate title={reason}>
            {reason}
          </Text>
        );
      },
    },
  ];

  return (
    <Stack gap="xs" component="section" aria-labelledby="import-problems-title">
      <Title order={4} id="import-problems-title">
        {t('import.problems.title')}
        {summary.problemsTotal > 0 && ` · ${format.number(summary.problemsTotal)}`}
      </Title>
      {problems.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="import-no-problems">
          {t('import.problems.none')}
        </Text>
      ) : (
        <>
          {summary.problemsTotal > problems.length && (
            <Text size="sm" c="dimmed">
              {t('import.problems.shown', {
                shown: format.number(problems.length),
                total: format.number(summary.problemsTotal),
              })}
            </Text>
          )}
          <VirtualTable
            label={t('import.problems.table')}
            scrollerTestId="import-problems-scroller"
            rows={rows}
            scrollerRef={scrollerRef}
            rowAt={(index) => problems[index]}
            columns={columns}
            onOpen={onOpen}
            height={`${Math.min(problems.length * ROW_HEIGHT, MAX_HEIGHT)}px`}
          />
        </>
      )}
    </Stack>
  );
}
