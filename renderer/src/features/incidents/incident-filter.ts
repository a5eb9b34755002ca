import { isIsoDate } from '../../../../shared/domain/dates';
import {
  DELIVERY_METHODS,
  FAULTS,
  INCIDENT_CAUSES,
  INCIDENT_STATUSES,
} from '../../../../shared/domain/enums';
import { isOneOf } from './codes';
import type { IncidentFilter } from './use-incident-pages';

// The register's filters live in the address (#/incidents?status=open&courier=3&method=post), so
// a link from a courier, a customer or a report opens the register filtered, and going back
// restores what was shown. Parameters: q, status (comma-separated), cause, fault, overdue=1,
// courier, customer, method (delivery method), promo (promo code), from, to.

export interface FilterState {
  search: string;
  statuses: (typeof INCIDENT_STATUSES)[number][];
  cause: (typeof INCIDENT_CAUSES)[number] | null;
  fault: (typeof FAULTS)[number] | null;
  overdue: boolean;
  courierId: number | null;
  customerId: number | null;
  /** Incidents on orders delivered this way (the reports link here with it). */
  deliveryMethod: (typeof DELIVERY_METHODS)[number] | null;
  /** As typed; core compares it as it keeps codes (trimmed, upper-case). */
  promoCode: string;
  from: string;
  to: string;
}

const positive = (text: string | null) => {
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
};

export function readFilter(params: URLSearchParams): FilterState {
  const cause = params.get('cause');
  const fault = params.get('fault');
  const method = params.get('method');
  return {
    search: params.get('q') ?? '',
    statuses: (params.get('status') ?? '')
      .split(',')
      .filter((status): status is FilterState['statuses'][number] => isOneOf(INCIDENT_STATUSES, status)),
    cause: isOneOf(INCIDENT_CAUSES, cause) ? cause : null,
    fault: isOneOf(FAULTS, fault) ? fault : null,
    overdue: params.get('overdue') === '1',
    courierId: positive(params.get('courier')),
    customerId: positive(params.get('customer')),
    deliveryMethod: isOneOf(DELIVERY_METHODS, method) ? method : null,
    promoCode: params.get('promo') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

export function writeFilter(state: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set('q', state.search);
  if (state.statuses.length) params.set('status', state.statuses.join(','));
  if (state.cause) params.set('cause', state.cause);
  if (state.fault) params.set('fault', state.fault);
  if (state.overdue) params.set('overdue', '1');
  if (state.courierId) params.set('courier', String(state.courierId));
  if (state.customerId) params.set('customer', String(state.customerId));
  if (state.deliveryMethod) params.set('method', state.deliveryMethod);
  if (state.promoCode) params.set('promo', state.promoCode);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  return params;
}

/** The list input for a filter state; a half-typed date or a reversed range is left out. */
export function toListFilter(state: FilterState, search: string): IncidentFilter {
  const from = isIsoDate(state.from) ? state.from : undefined;
  const to = isIsoDate(state.to) ? state.to : undefined;
  const reversed = from !== undefined && to !== undefined && from > to;
  return {
    search,
    ...(state.statuses.length ? { statuses: state.statuses } : {}),
    ...(state.cause ? { cause: state.cause } : {}),
    ...(state.fault ? { fault: state.fault } : {}),
    ...(state.overdue ? { overdue: true } : {}),
    ...(state.courierId ? { courierId: state.courierId } : {}),
    ...(state.customerId ? { customerId: state.customerId } : {}),
    ...(state.deliveryMethod ? { deliveryMethod: state.deliveryMethod } : {}),
    ...(state.promoCode.trim() ? { promoCode: state.promoCode.trim() } : {}),
    ...(from && !reversed ? { from } : {}),
    ...(to && !reversed ? { to } : {}),
  };
}

export function isFiltered(state: FilterState): boolean {
  return writeFilter(state).size > 0;
}
