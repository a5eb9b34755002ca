import type { ImportSetup } from '../../../../shared/contract/import';

/**
 * A shop platform whose export the app recognises by its header row and sets up completely:
 * the mapping by header name (turned into column indexes for the file at hand), value maps for
 * its code columns, and defaults. The owner can still adjust it; her remembered layout wins.
 */
export interface PlatformDefinition {
  /** Stable id, also sent to the window ("shopify"). */
  id: string;
  /** Locale key of the notice "This looks like a … export" (import.platform.<id> in en and ru). */
  labelKey: string;
  /** Header names (compared folded, see headerKey) that must all be present for the file to match. */
  detectHeaders: string[];
  target: ImportSetup['target'];
  /** Field → the platform's header name for it. */
  mapping: Partial<Record<keyof ImportSetup['mapping'], string>>;
  valueMaps: ImportSetup['valueMaps'];
  defaults: ImportSetup['defaults'];
}
