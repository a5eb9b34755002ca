import type { ImportMapping, ImportSetup } from '../../../../shared/contract/import';
import { headerKey } from '../aliases';
import { shopify } from './shopify';
import type { PlatformDefinition } from './types';

// Recognised platform exports. To add one: write `platforms/<id>.ts` exporting a
// PlatformDefinition (copy shopify.ts: detectHeaders, mapping by header name, valueMaps to the
// app's codes), add it to PLATFORMS below (more specific header sets first), add the notice's
// name under `import.platform.<labelKey>` in renderer/src/locales en and ru, and put a sample
// export in test/fixtures/import/<id>-orders.csv with a test that imports it with no mapping.

export const PLATFORMS: readonly PlatformDefinition[] = [shopify];

export interface DetectedPlatform {
  id: string;
  labelKey: string;
  setup: ImportSetup;
}

/** The platform whose export these headers are, with its setup resolved to this file's columns. */
export function detectPlatform(headers: string[]): DetectedPlatform | null {
  const keys = headers.map(headerKey);
  const column = new Map<string, number>();
  keys.forEach((key, index) => {
    if (key && !column.has(key)) column.set(key, index);
  });
  const platform = PLATFORMS.find((p) => p.detectHeaders.every((h) => column.has(headerKey(h))));
  if (!platform) return null;
  const mapping: Record<string, number> = {};
  for (const [field, header] of Object.entries(platform.mapping)) {
    const index = header === undefined ? undefined : column.get(headerKey(header));
    if (index !== undefined) mapping[field] = index;
  }
  return {
    id: platform.id,
    labelKey: platform.labelKey,
    setup: {
      target: platform.target,
      mapping: mapping as ImportMapping,
      valueMaps: platform.valueMaps,
      defaults: platform.defaults,
    },
  };
}
