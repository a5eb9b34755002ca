import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../../shared/contract/evidence';
import { ReasonDialog } from '../../components/ReasonDialog';
import { notifySuccess } from '../../lib/errors';
import { useChannelMutation } from '../../lib/query';

/** Where the file is removed from: an incident's files on the incident, an order's on the order. */
export type RemoveFrom = 'incident' | 'order';

const CHANNEL = { incident: 'incidents.removeEvidence', order: 'orders.removeEvidence' } as const;

/** The owner hides a file, saying why; main keeps it on disk and in the history. */
export function RemoveEvidenceDialog({
  file,
  from,
  onClose,
}: {
  file: Evidence;
  from: RemoveFrom;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useChannelMutation(CHANNEL[from]);
  return (
    <ReasonDialog
      title={t('incidents.evidence.removeTitle', { name: file.fileName })}
      explain={t(
        from === 'order' ? 'incidents.evidence.removeExplainOrder' : 'incidents.evidence.removeExplain',
      )}
      reasonLabel={t('incidents.evidence.removeReason')}
      reasonNeeded={t('incidents.reasonNeeded')}
      confirmLabel={t('incidents.evidence.removeConfirm')}
      confirmIcon={<IconTrash size={16} />}
      pending={remove.isPending}
      onConfirm={async (reason) => {
        await remove.mutateAsync({ id: file.id, reason });
        notifySuccess(t('incidents.evidence.removeDone', { name: file.fileName }));
      }}
      onClose={onClose}
    />
  );
}
