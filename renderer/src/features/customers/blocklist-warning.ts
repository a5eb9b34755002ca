import { notifications } from '@mantine/notifications';
import i18n from '../../app/i18n';
import type { BlocklistHit } from '../../../../shared/contract/blocklist';
import { hitHeadline } from '../customer-card/reasons';

/** After a customer is saved: what the blocklist says about the details just written. */
export function warnAboutHits(hits: BlocklistHit[]): void {
  const counting = hits.filter((hit) => hit.exception === null);
  if (counting.length === 0) return;
  notifications.show({
    color: counting.some((hit) => hit.effective === 'block') ? 'red' : 'orange',
    title: i18n.t('customers.hitsTitle'),
    message: counting.map((hit) => `${hitHeadline(hit, i18n.t)} — ${hit.reason}`).join('\n'),
    autoClose: 12_000,
    style: { whiteSpace: 'pre-line' },
  });
}
