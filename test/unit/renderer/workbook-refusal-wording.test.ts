import { describe, expect, it } from 'vitest';
import * as refusals from '../../../shared/contract/import-refusals';
import { translateServerMessage } from '../../../renderer/src/locales/server-messages';

// Every refusal of a hostile or broken workbook, and the worker's "too large", reads in Russian.

const messages = [
  refusals.NOT_READABLE,
  refusals.UNSAFE_NAME,
  refusals.TOO_MANY_PARTS,
  refusals.TOO_LARGE_UNPACKED,
  refusals.ZIP_BOMB,
  refusals.TOO_LARGE_FOR_WORKER,
  refusals.tooManyColumns(2_000, 1_000),
  refusals.tooManyRows(1_048_576, 500_000),
  refusals.tooManyCells(400_000, 900),
];

describe('workbook refusals in Russian', () => {
  it.each(messages)('%s', (message) => {
    const ru = translateServerMessage(message, 'ru');
    expect(ru).not.toBe(message);
    expect(ru).toMatch(/[а-я]/);
    expect(translateServerMessage(message, 'en')).toBe(message);
  });
});
