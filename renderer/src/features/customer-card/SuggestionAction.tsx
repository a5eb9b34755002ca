import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCash, IconUserExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskSignal } from '../../../../shared/domain/risk';
import { notifyError } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { useChannelMutation } from '../../lib/query';
import { EntryDialog } from '../blocklist/EntryDialog';
import { suggestedEntryReason } from './reasons';

/** Who a suggestion acts on. */
export interface SuggestionCustomer {
  id: number;
  name: string;
  /** The number a prepayment-only entry is made for (E.164 where it parsed). */
  phone: string | null;
}

/** Whether a signal asks the shop to decide something, and so gets a button. */
export function suggestionOf(signal: RiskSignal): 'prepayment' | 'doubtful' | null {
  if (signal.rule === 'refused_parcels' || signal.rule === 'low_buyout') return 'prepayment';
  if (signal.rule === 'customer_fault_incidents' && signal.level === 'caution') return 'doubtful';
  return null;
}

/**
 * The signals that get a button: one prepayment-only entry answers a low buyout and refused
 * parcels alike, so only the first of those asks for it.
 */
export function signalsWithAction(signals: RiskSignal[]): Set<RiskSignal> {
  const prepayment = signals.find((s) => suggestionOf(s) === 'prepayment');
  return new Set(signals.filter((s) => suggestionOf(s) === 'doubtful' || s === prepayment));
}

/**
 * The one click a suggestion asks for: a prepayment-only entry for the customer's phone with the
 * facts as its reason (the dialog stays open to read and change them), or the "Doubtful" flag with
 * an undo. Core decides who may: both are the operator's to do (blocklist.add, customers.update).
 */
export function SuggestionAction({ signal, customer }: { signal: RiskSignal; customer: SuggestionCustomer }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const update = useChannelMutation('customers.update');
  const [adding, setAdding] = useState(false);
  const kind = suggestionOf(signal);
  const name = customer.name || t('card.unnamed');

  const markDoubtful = async () => {
    try {
      await update.mutateAsync({ id: customer.id, doubtful: true });
      const id = `doubtful-${customer.id}`;
      notifications.show({
        id,
        color: 'teal',
        message: (
          <>
            {t('attention.markedDoubtful', { name })}{' '}
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => {
                notifications.hide(id);
                update
                  .mutateAsync({ id: customer.id, doubtful: false })
                  .then(() => notifications.show({ color: 'gray', message: t('attention.undone', { name }) }))
                  .catch(notifyError);
              }}
            >
              {t('attention.undo')}
            </Button>
          </>
        ),
      });
    } catch (error) {
      notifyError(error);
    }
  };

  if (kind === 'doubtful')
    return (
      <Button
        size="compact-sm"
        variant="light"
        color="yellow"
        style={{ flexShrink: 0 }}
        leftSection={<IconUserExclamation size={14} />}
        loading={update.isPending}
        onClick={() => void markDoubtful()}
      >
        {t('attention.markDoubtful')}
      </Button>
    );
  if (kind !== 'prepayment') return null;
  return (
    <>
      <Button
        size="compact-sm"
        variant="light"
        color="orange"
        style={{ flexShrink: 0 }}
        leftSection={<IconCash size={14} />}
        onClick={() => setAdding(true)}
      >
        {t('attention.addPrepayment')}
      </Button>
      {adding && (
        <EntryDialog
          onClose={() => setAdding(false)}
          customer={{ id: customer.id, name: customer.name, values: { phone: customer.phone ?? '' } }}
          prefill={{ action: 'prepayment', reason: suggestedEntryReason(signal, t, format) }}
        />
      )}
    </>
  );
}
