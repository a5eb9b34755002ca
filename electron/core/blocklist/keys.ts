import type { BLOCK_KINDS } from '../../../shared/domain/enums';
import { addressKey, emailKey, nameKey } from '../../../shared/domain/normalize';
import { normalizePhone } from '../../../shared/domain/phone';

type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * The normal key of a phone: E.164 when it parses; otherwise its digits, marked, so an
 * unparsed number typed the same way still matches itself and never matches a real E.164.
 */
export function phoneKey(raw: string, country: string): string {
  return normalizePhone(raw, country)?.e164 ?? `?${raw.replace(/\D/g, '')}`;
}

export function blockKey(kind: BlockKind, value: string, country: string): string {
  switch (kind) {
    case 'phone':
      return phoneKey(value, country);
    case 'email':
      return emailKey(value);
    case 'address':
      return addressKey(value);
    case 'name':
      return nameKey(value);
  }
}
