import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../../shared/contract/incidents';
import { useChannelMutation } from '../../lib/query';
import { EvidenceItem } from '../evidence/EvidenceItem';
import { EvidenceSection, shownFirst } from '../evidence/EvidenceSection';

/**
 * The incident's own files, then its order's (photographed before shipping, scenario 18): those
 * are opened here and removed only on the order, where they belong.
 */
export function IncidentEvidence({ detail, isOwner }: { detail: IncidentDetail; isOwner: boolean }) {
  const { t } = useTranslation();
  const add = useChannelMutation('incidents.addEvidence');
  const { incident, orderEvidence } = detail;
  return (
    <EvidenceSection
      files={detail.evidence}
      onAdd={(upload) => add.mutateAsync({ incidentId: incident.id, ...upload })}
      removeFrom="incident"
      isOwner={isOwner}
      headingId="incident-evidence"
    >
      {incident.order && orderEvidence.length > 0 && (
        <Stack
          gap={0}
          role="list"
          aria-label={t('incidents.evidence.fromOrder', { number: incident.order.number })}
        >
          <Text size="sm" fw={500} mt="xs" data-testid="order-evidence-heading">
            {t('incidents.evidence.fromOrder', { number: incident.order.number })}
          </Text>
          {shownFirst(orderEvidence).map((file) => (
            <EvidenceItem key={file.id} file={file} removeFrom={null} />
          ))}
        </Stack>
      )}
    </EvidenceSection>
  );
}
