// The *_norm columns the look-ups and blocklist matching search on: the demo writes exactly the
// keys the customers and blocklist features compute (shared/domain/normalize.ts).
import { addressKey, emailKey, nameKey } from '../../../shared/domain/normalize';

export const normalizeName = nameKey;
export const normalizeAddress = addressKey;
export const normalizeEmail = emailKey;
/** Free text (e.g. a blocklist value of kind name) folds like a name. */
export const normalizeText = nameKey;
