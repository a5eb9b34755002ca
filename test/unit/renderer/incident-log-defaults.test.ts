import { describe, expect, it } from 'vitest';
import { suggestFault } from '../../../renderer/src/features/incidents/fault-default';
import { costTotals, type CostDraft } from '../../../renderer/src/features/incidents/log-incident-form';

// Issue 16, point 10 (smaller): the log form's fault defaulted to "unknown" even for a parcel the
// post lost, and the form showed no total of the cost lines typed.

describe('the fault the log form starts with', () => {
  it('is the carrier for a parcel lost in transit by the post or a courier service', () => {
    expect(suggestFault('lost_in_transit', 'post')).toBe('carrier');
    expect(suggestFault('lost_in_transit', 'courier_service')).toBe('carrier');
  });
  it('stays unknown otherwise: own couriers, no order, other causes', () => {
    expect(suggestFault('lost_in_transit', 'own_courier')).toBe('unknown');
    expect(suggestFault('lost_in_transit', null)).toBe('unknown');
    expect(suggestFault('damaged', 'post')).toBe('unknown');
    expect(suggestFault(null, 'post')).toBe('unknown');
  });
});

describe('the cost total of the log form', () => {
  const line = (kind: CostDraft['kind'], amount: string, key = 1): CostDraft => ({
    key,
    kind,
    amount,
    note: '',
  });
  it('adds the lines in minor units and keeps recoveries apart', () => {
    expect(
      costTotals(
        [line('refund', '1 200,50', 1), line('reshipment_delivery', '300', 2), line('recovery', '500', 3)],
        'RUB',
      ),
    ).toEqual({ costs: 150_050, recovered: 50_000 });
  });
  it('counts a line not yet readable as nothing', () => {
    expect(costTotals([line('refund', ''), line('other', 'abc', 2)], 'RUB')).toEqual({
      costs: 0,
      recovered: 0,
    });
  });
});
