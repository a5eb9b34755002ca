import {
  CUSTOMER_IMPORT_FIELDS,
  IMPORT_ENUM_FIELDS,
  IMPORT_REQUIREMENTS,
  ORDER_IMPORT_FIELDS,
  type ImportDefaults,
  type ImportEnumField,
  type ImportField,
  type ImportInspection,
  type ImportMapping,
  type ImportOptions,
  type ImportRequirement,
  type ImportTarget,
  type ImportValueMaps,
} from '../../../../shared/contract/import';
import {
  DELIVERY_METHODS,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
} from '../../../../shared/domain/enums';

// The pure side of the wizard: which fields a target has, which of them are required, what a
// fresh mapping starts from, and how a column is named when the file has no header.

export interface ImportSetupState {
  mapping: ImportMapping;
  valueMaps: ImportValueMaps;
  defaults: ImportDefaults;
  /** The mapping came from the last import of this layout (the screen says so). */
  remembered: boolean;
}

export const EMPTY_SETUP: ImportSetupState = { mapping: {}, valueMaps: {}, defaults: {}, remembered: false };

export function targetFields(target: ImportTarget): readonly ImportField[] {
  return target === 'orders' ? ORDER_IMPORT_FIELDS : CUSTOMER_IMPORT_FIELDS;
}

/** What a run needs mapped (the contract's own list, so the checklist ticks before any call). */
export type Requirement = ImportRequirement;
export const REQUIREMENTS = IMPORT_REQUIREMENTS;

export function isRequirementMet(requirement: Requirement, setup: ImportSetupState): boolean {
  if (requirement.any.some((field) => setup.mapping[field] !== undefined)) return true;
  return requirement.defaultable !== undefined && setup.defaults[requirement.defaultable] !== undefined;
}

/** Fields that are (or are one of) what a run needs: listed first and marked in the selects. */
export function requiredFields(target: ImportTarget): Set<ImportField> {
  return new Set(REQUIREMENTS[target].flatMap((requirement) => requirement.any));
}

/** Which requirement a server issue at `mapping.<field>` is about (for placing its message). */
export function requirementOfField(target: ImportTarget, field: string): Requirement['id'] | null {
  return REQUIREMENTS[target].find((r) => (r.any as readonly string[]).includes(field))?.id ?? null;
}

/** The codes of an enum field, as the selects offer them. */
export const ENUM_CODES: Record<ImportEnumField, readonly string[]> = {
  paymentMethod: PAYMENT_METHODS,
  paymentStatus: PAYMENT_STATUSES,
  deliveryMethod: DELIVERY_METHODS,
  status: ORDER_STATUSES,
};

/** The i18n group of an enum field's code names (shared/i18n/codes.*). */
export const ENUM_CODE_GROUP = {
  paymentMethod: 'paymentMethod',
  paymentStatus: 'paymentStatus',
  deliveryMethod: 'deliveryMethod',
  status: 'orderStatus',
} as const satisfies Record<ImportEnumField, string>;

export const ENUM_FIELDS = IMPORT_ENUM_FIELDS;

/** A, B, …, Z, AA, AB: as a spreadsheet names its columns. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Only the mapped columns that the file still has (a re-read may have fewer). */
function keepExisting(
  mapping: ImportMapping,
  columnCount: number,
  fields: readonly ImportField[],
): ImportMapping {
  const kept: ImportMapping = {};
  for (const [field, index] of Object.entries(mapping) as [ImportField, number][]) {
    if (fields.includes(field) && index < columnCount) kept[field] = index;
  }
  return kept;
}

/**
 * Where a mapping starts for a file just read: the one remembered for this layout when it was
 * for the same target, otherwise the guess from the header names.
 */
export function initialSetup(inspection: ImportInspection, target: ImportTarget): ImportSetupState {
  const fields = targetFields(target);
  const count = inspection.columns.length;
  const saved = inspection.savedMapping;
  if (saved && saved.target === target) {
    return {
      mapping: keepExisting(saved.mapping, count, fields),
      valueMaps: saved.valueMaps,
      defaults: saved.defaults,
      remembered: true,
    };
  }
  // A recognised platform export comes set up completely; the owner's own choice (above) wins.
  const platform = inspection.platform;
  if (platform && platform.setup.target === target) {
    return {
      mapping: keepExisting(platform.setup.mapping, count, fields),
      valueMaps: platform.setup.valueMaps,
      defaults: platform.setup.defaults,
      remembered: false,
    };
  }
  return {
    mapping: keepExisting(inspection.suggestions[target], count, fields),
    valueMaps: {},
    defaults: {},
    remembered: false,
  };
}

/** The reading the core used, as options to pass back (the contract asks for that). */
export function readingOptions(inspection: ImportInspection): ImportOptions {
  const reading = inspection.detected;
  return {
    ...(reading.encoding ? { encoding: reading.encoding } : {}),
    ...(reading.delimiter ? { delimiter: reading.delimiter } : {}),
    ...(reading.sheet !== null ? { sheet: reading.sheet } : {}),
    titleRows: reading.titleRows,
    headerRows: reading.headerRows,
    dateOrder: reading.dateOrder,
  };
}

/** The field a column is mapped to, if any. */
export function fieldOfColumn(mapping: ImportMapping, index: number): ImportField | null {
  for (const [field, column] of Object.entries(mapping) as [ImportField, number][]) {
    if (column === index) return field;
  }
  return null;
}

/** Puts `field` on column `index` (or clears the column when null); a field sits on one column. */
export function assignColumn(
  mapping: ImportMapping,
  index: number,
  field: ImportField | null,
): ImportMapping {
  const next: ImportMapping = {};
  for (const [other, column] of Object.entries(mapping) as [ImportField, number][]) {
    if (column !== index && other !== field) next[other] = column;
  }
  if (field) next[field] = index;
  return next;
}
