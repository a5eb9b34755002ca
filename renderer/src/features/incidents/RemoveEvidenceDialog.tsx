import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../../shared/contract/incidents';
import { ReasonDialog } from '../../components/ReasonDialog';
import { notifySuccess } from '../../lib/errors';
import { useChannelMutation } from '../../lib/query';

type Evidence = IncidentDetail['evidence'][number];

/** The owner hides a file from the incident, saying why; main keeps it on disk and in the history. */
export function RemoveEvidenceDialog({ file, onClose }: { file: Evidence; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useChannelMutation('incidents.removeEvidence');
  return (
    <ReasonDialog
      title={t('incidents.evidence.removeTitle', { name: file.fileName })}
      explain={t('incidents.evidence.removeExplain')}
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
