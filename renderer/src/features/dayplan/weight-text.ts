import type { TFunction } from 'i18next';
import type { CourierKind } from '../../../../shared/domain/enums';
import type { OverWeight } from '../../../../shared/domain/parcel-limits';

const kg = (grams: number) => String(Math.round(grams / 100) / 10);

/** "12 kg: over the 5 kg limit for Foot courier" — the board's and the move dialog's warning. */
export function overWeightText(heavy: OverWeight, t: TFunction): string {
  return t('plan.stop.overWeight', {
    weight: kg(heavy.weightG),
    limit: kg(heavy.limitG),
    kind: t(`codes.courierKind.${heavy.kind satisfies CourierKind}`),
  });
}
