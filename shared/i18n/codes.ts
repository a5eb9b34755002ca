import type { Language } from '../domain/settings';
import { codesEn } from './codes.en';
import { codesRu } from './codes.ru';

export type Codes = typeof codesEn;

/** The names of every code in the given language. */
export function codeNames(language: Language): Codes {
  return language === 'ru' ? codesRu : codesEn;
}
