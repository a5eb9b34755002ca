import type { TFunction } from 'i18next';
import type {
  ImportEnumField,
  ImportField,
  ImportInspection,
  ImportProblem,
  ImportRiskHit,
  ImportTarget,
} from '../../../../shared/contract/import';
import type { Formatters } from '../../lib/format';
import { translateServerMessage } from '../../locales/server-messages';
import { hitHeadline, signalText } from '../customer-card/reasons';
import { columnLetter, ENUM_CODE_GROUP } from './mapping';

// The import's sentences in the user's language, built from the codes main sends (a problem's
// `code`, `field` and `value`; a risk hit's rule codes), never from its English `message`.

export function fieldName(field: ImportField, t: TFunction): string {
  return t(`import.field.${field}`);
}

/** A code's name (cash_on_delivery → "Cash on delivery"), from shared/i18n/codes. */
export function codeName(field: ImportEnumField, code: string, t: TFunction): string {
  return t(`codes.${ENUM_CODE_GROUP[field]}.${code}` as never);
}

/** A file column as the user knows it: its header, or "Column C" without one. */
export function columnName(inspection: ImportInspection | null, index: number, t: TFunction): string {
  const header = inspection?.columns[index]?.header.trim();
  return header ? header : t('import.map.columnLetter', { letter: columnLetter(index) });
}

/** Fields whose emptiness has its own sentence (`import.problems.missingOf`). */
const MISSING_OF = new Set<ImportField>([
  'number',
  'unitPrice',
  'itemTitle',
  'itemSku',
  'total',
  'customerPhone',
  'customerEmail',
  'phone',
  'email',
]);

/**
 * Why a row is skipped, from the problem's code, field and value. Main's English `message` is used
 * only for `invalid`, which carries the shared schema's own words (translated like the form's).
 */
export function problemText(
  problem: ImportProblem,
  t: TFunction,
  language: string,
  dateOrder: 'dmy' | 'mdy',
): string {
  const field = problem.field ? fieldName(problem.field, t) : t('import.noField');
  const value = problem.value;
  switch (problem.code) {
    case 'missing':
      return problem.field && MISSING_OF.has(problem.field)
        ? t(`import.problems.missingOf.${problem.field}` as never)
        : t('import.problems.code.missing', { field });
    case 'bad_date':
      return t('import.problems.code.bad_date', {
        value,
        order: t(`import.problems.dateOrder.${dateOrder}`),
      });
    case 'invalid':
      return t('import.problems.code.invalid', {
        field,
        message: translateServerMessage(problem.message, language),
      });
    default:
      return t(`import.problems.code.${problem.code}`, { field, value });
  }
}

/** "order" / "orders" / "заказов": the noun after a count, by the language's plural rules. */
export function countNoun(count: number, target: ImportTarget, t: TFunction, language: string): string {
  const category = new Intl.PluralRules(language).select(count);
  const form = category === 'one' || category === 'few' || category === 'many' ? category : 'other';
  return t(`import.commit.noun.${target}.${form}`);
}

/**
 * Why a row is flagged, as the customer card says it: each rule with the facts that fired it, and
 * for the blocklist each entry matched.
 */
export function riskReasons(hit: ImportRiskHit, t: TFunction, format: Formatters): string {
  const rules = hit.signals.map((signal) => signalText(signal, t, format)).filter((text) => text !== null);
  const entries = hit.blocklist.map((entry) => `${hitHeadline(entry, t)} (${entry.reason})`);
  return [...entries, ...rules].join(' · ');
}
