import { reverseDigits } from '../../../shared/domain/phone';
import type { Rng } from './random';

// Phone numbers for the demo shop, unique by construction: the n-th subscriber number is an
// affine permutation of n, so 200,000 customers never share a number and no look-up set is
// needed, while the numbers still look scattered. Every prefix used here is a valid Russian
// mobile (9xx) or Moscow landline (495/499) range in libphonenumber's metadata; the integration
// test checks each generated number.

const MOBILE_PREFIXES = [
  ...[903, 905, 906, 909, 910, 915, 916, 917, 919, 925, 926, 929, 936, 958, 962, 963, 964],
  ...[965, 966, 967, 968, 977, 980, 985, 991, 995, 999],
];
const LANDLINE_PREFIXES = [495, 499];
// 0.6180339… of the range (the golden ratio spreads consecutive n furthest apart); odd and not a
// multiple of 5, so coprime to both 10^7 and 8*10^6 and n -> (a*n + b) mod m is a bijection.
const MULTIPLIER = 6_180_339;
const MOBILE_RANGE = 10_000_000;
const LANDLINE_RANGE = 8_000_000;

export interface DemoPhone {
  e164: string;
  digitsReversed: string;
  raw: string;
}

export class PhoneBook {
  private mobiles = 0;
  private landlines = 0;
  private readonly offset: number;

  constructor(rng: Rng) {
    this.offset = rng.int(0, LANDLINE_RANGE - 1);
  }

  mobile(rng: Rng): DemoPhone {
    const n = this.mobiles++;
    if (n >= MOBILE_RANGE) throw new RangeError('The demo has run out of unique mobile numbers');
    const subscriber = (MULTIPLIER * n + this.offset) % MOBILE_RANGE;
    return make(rng, String(rng.pick(MOBILE_PREFIXES)), String(subscriber).padStart(7, '0'));
  }

  landline(rng: Rng): DemoPhone {
    const n = this.landlines++;
    if (n >= LANDLINE_RANGE) throw new RangeError('The demo has run out of unique landline numbers');
    // Moscow numbers do not start with 0 or 1 after the code: keep to 2000000-9999999.
    const subscriber = 2_000_000 + ((MULTIPLIER * n + this.offset) % LANDLINE_RANGE);
    return make(rng, String(rng.pick(LANDLINE_PREFIXES)), String(subscriber));
  }
}

function make(rng: Rng, code: string, sub: string): DemoPhone {
  const e164 = `+7${code}${sub}`;
  const a = sub.slice(0, 3);
  const b = sub.slice(3, 5);
  const c = sub.slice(5, 7);
  // The "as typed" text: each spelling people use for the same number (DESIGN §4).
  const x = rng.next();
  const raw =
    x < 0.3
      ? `8 ${code} ${a}-${b}-${c}`
      : x < 0.55
        ? `+7 (${code}) ${a}-${b}-${c}`
        : x < 0.75
          ? `8${code}${sub}`
          : x < 0.9
            ? `+7${code}${sub}`
            : `7${code}${sub}`;
  return { e164, digitsReversed: reverseDigits(e164), raw };
}
