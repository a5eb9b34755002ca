import type { Db } from '../open';
import { initialSchema } from './0001-initial';
import { incidentTotals } from './0002-incident-totals';
import { reportRollups } from './0003-report-rollups';
import { imports } from './0004-imports';
import { chequesAndNumbers } from './0005-cheques-and-numbers';
import { callbacksAndMessages } from './0006-callbacks-and-messages';
import { attemptLosses } from './0007-attempt-losses';
import { courierLedger } from './0008-courier-ledger';
import { auditReplaceGuard } from './0009-audit-replace-guard';
import { faultWeight } from './0010-fault-weight';
import { paymentDates } from './0011-payment-dates';
import { followupsPromo } from './0012-followups-promo';
import { postArrival } from './0013-post-arrival';

export interface Migration {
  name: string;
  up: (db: Db) => void;
}

// Index i holds the step from user_version i to i + 1. Append only; never edit a shipped one.
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  incidentTotals,
  reportRollups,
  imports,
  chequesAndNumbers,
  callbacksAndMessages,
  attemptLosses,
  courierLedger,
  auditReplaceGuard,
  faultWeight,
  paymentDates,
  followupsPromo,
  postArrival,
];
