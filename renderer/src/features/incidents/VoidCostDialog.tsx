import { IconReceiptOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../../shared/contract/incidents';
import { ReasonDialog } from '../../components/ReasonDialog';
import { notifySuccess } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';

type CostLine = IncidentDetail['costs'][number];

/** The owner crosses out a wrong line, saying why; it stays on the incident. */
export function VoidCostDialog({ line, onClose }: { line: CostLine; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const voidCost = useChannelMutation('incidents.voidCost');
  return (
    <ReasonDialog
      title={t('incidents.costs.voidTitle')}
      explain={t('incidents.costs.voidExplain', {
        kind: t(`codes.costKind.${line.kind}`),
        amount: format.money(line.amount),
      })}
      reasonLabel={t('incidents.costs.voidReason')}
      reasonNeeded={t('incidents.reasonNeeded')}
      confirmLabel={t('incidents.costs.voidConfirm')}
      confirmIcon={<IconReceiptOff size={16} />}
      pending={voidCost.isPending}
      onConfirm={async (reason) => {
        await voidCost.mutateAsync({ costId: line.id, reason });
        notifySuccess(t('incidents.costs.voidDone'));
      }}
      onClose={onClose}
    />
  );
}
