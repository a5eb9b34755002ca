import { Alert, Loader } from '@mantine/core';
import { errorMessage } from '../../lib/errors';
import { useChannelMutation, useChannelQuery } from '../../lib/query';
import { EvidenceSection } from '../evidence/EvidenceSection';

/** Files kept with the order before any complaint: the parcel's photos, its weight on the scale. */
export function OrderEvidence({ orderId, isOwner }: { orderId: number; isOwner: boolean }) {
  const files = useChannelQuery('orders.evidence', { orderId });
  const add = useChannelMutation('orders.addEvidence');
  if (files.isError) return <Alert color="red">{errorMessage(files.error)}</Alert>;
  if (!files.data) return <Loader size="sm" />;
  return (
    <EvidenceSection
      files={files.data}
      onAdd={(upload) => add.mutateAsync({ orderId, ...upload })}
      removeFrom="order"
      isOwner={isOwner}
      headingId="order-evidence"
    />
  );
}
