import { z } from 'zod';

// C0 and C1 control characters (NUL, BEL, ESC, …) and DEL: invisible in a list, they break
// matching, printing and the terminal an exported file is looked at in (issue 18.9).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
export const NO_CONTROL_MESSAGE = 'Remove the invisible control characters';

/** A one-line name (a person, a courier, a shop): trimmed, no control characters. */
export const nameText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max.toLocaleString('en')} characters`)
    .refine((value) => !CONTROL.test(value), NO_CONTROL_MESSAGE);
