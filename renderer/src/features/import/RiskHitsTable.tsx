import { Anchor, Badge, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ImportRiskHit, ImportSummary } from '../../../../shared/contract/import';
import { useVirtualRows, VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useFormatters } from '../../lib/format';
import { displayPhone } from '../../lib/phone-display';
import { VERDICT_COLOR } from '../customer-card/reasons';
import { riskReasons } from './wording';

const ROW_HEIGHT = 40;
const MAX_HEIGHT = 360;

const OUTCOME_COLOR: Record<ImportRiskHit['outcome'], string> = {
  imported: 'yellow',
  refused: 'red',
  overridden: 'orange',
};

/**
 * What the blocklist and the risk rules flag. Before the commit the orders are not written yet,
 * so only known customers link; after it (`written`) the orders open too.
 */
export function RiskHitsTable({ summary, written }: { summary: ImportSummary; written: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const hits = summary.riskHits;
  const { scrollerRef, ...rows } = useVirtualRows(hits.length, ROW_HEIGHT);

  const columns: VirtualColumn<ImportRiskHit>[] = [
    { label: t('import.risk.line'), width: '56px', align: 'right', cell: (hit) => format.number(hit.line) },
    {
      label: t('import.risk.order'),
      width: 'minmax(90px, 0.8fr)',
      text: 'block',
      cell: (hit) =>
        hit.orderNumber === null ? (
          '—'
        ) : written && hit.orderId !== null ? (
          <Anchor
            component={Link}
            to={`/orders/${hit.orderId}`}
            size="sm"
            aria-label={t('import.risk.openOrder', { number: hit.orderNumber })}
            onClick={(event) => event.stopPropagation()}
          >
            {hit.orderNumber}
          </Anchor>
        ) : (
          <Text size="sm">{hit.orderNumber}</Text>
        ),
    },
    {
      label: t('import.risk.customer'),
      width: 'minmax(160px, 1.4fr)',
      text: 'block',
      cell: (hit) => (
        <Text size="sm" truncate>
          {hit.customer.id !== null ? (
            <Anchor
              component={Link}
              to={`/customers/${hit.customer.id}`}
              size="sm"
              onClick={(event) => event.stopPropagation()}
            >
              {hit.customer.name}
            </Anchor>
          ) : (
            <>
              {hit.customer.name}{' '}
              <Text span size="xs" c="dimmed">
                ({written ? t('import.risk.createdCustomer') : t('import.risk.newCustomer')})
              </Text>
            </>
          )}
          {hit.customer.phone && (
            <Text span size="xs" c="dimmed">
              {' '}
              {displayPhone(hit.customer.phone)}
            </Text>
          )}
        </Text>
      ),
    },
    {
      label: t('import.risk.verdict'),
      width: '130px',
      text: 'block',
      cell: (hit) => (
        <Badge variant="light" color={VERDICT_COLOR[hit.verdict]} size="sm">
          {t(`codes.verdict.${hit.verdict}`)}
        </Badge>
      ),
    },
    {
      label: t('import.risk.reasons'),
      width: 'minmax(200px, 2.4fr)',
      text: 'block',
      cell: (hit) => {
        const reasons = riskReasons(hit, t, format);
        return (
          <Text size="sm" c="dimmed" truncate title={reasons}>
            {reasons}
          </Text>
        );
      },
    },
    {
      label: t('import.risk.outcome'),
      width: '160px',
      text: 'block',
      cell: (hit) => (
        <Badge variant="outline" color={OUTCOME_COLOR[hit.outcome]} size="sm">
          {t(`import.risk.outcomeName.${hit.outcome}`)}
        </Badge>
      ),
    },
  ];

  const open = (hit: ImportRiskHit) => {
    if (written && hit.orderId !== null) void navigate(`/orders/${hit.orderId}`);
    else if (hit.customer.id !== null) void navigate(`/customers/${hit.customer.id}`);
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="import-risk-title">
      <Title order={4} id="import-risk-title">
        {t('import.risk.title')}
        {summary.riskHitsTotal > 0 && ` · ${format.number(summary.riskHitsTotal)}`}
      </Title>
      {hits.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="import-no-risk">
          {t('import.risk.none')}
        </Text>
      ) : (
        <>
          {summary.riskHitsTotal > hits.length && (
            <Text size="sm" c="dimmed">
              {t('import.risk.shown', {
                shown: format.number(hits.length),
                total: format.number(summary.riskHitsTotal),
              })}
            </Text>
          )}
          <VirtualTable
            label={t('import.risk.table')}
            scrollerTestId="import-risk-scroller"
            rows={rows}
            scrollerRef={scrollerRef}
            rowAt={(index) => hits[index]}
            columns={columns}
            onOpen={open}
            height={`${Math.min(hits.length * ROW_HEIGHT, MAX_HEIGHT)}px`}
          />
        </>
      )}
    </Stack>
  );
}
