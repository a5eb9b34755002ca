import { describe, expect, it } from 'vitest';
import { normalizePhone, reverseDigits } from '../../shared/domain/phone';

describe('phone normalization (DESIGN §4)', () => {
  it('reads the ways Russian customers write one number as one E.164', () => {
    for (const typed of [
      '8 916 123-45-67',
      '+7 (916) 123 45 67',
      '79161234567',
      '9161234567',
      '8(916)1234567',
    ]) {
      expect(normalizePhone(typed, 'RU')?.e164, typed).toBe('+79161234567');
    }
  });

  it('reads landlines and foreign numbers', () => {
    expect(normalizePhone('8 (495) 123-45-67', 'RU')?.e164).toBe('+74951234567');
    expect(normalizePhone('(212) 555-0123', 'US')?.e164).toBe('+12125550123');
    expect(normalizePhone('+44 20 7946 0958', 'RU')?.e164).toBe('+442079460958');
  });

  it('refuses what is not a phone number', () => {
    expect(normalizePhone('', 'RU')).toBeNull();
    expect(normalizePhone('call me', 'RU')).toBeNull();
    expect(normalizePhone('123', 'RU')).toBeNull();
  });

  it('keeps reversed digits so “ends with 4567” is an index range', () => {
    expect(normalizePhone('8 916 123-45-67', 'RU')?.digitsReversed).toBe('76543216197');
    expect(reverseDigits('+7 916')).toBe('6197');
  });
});
