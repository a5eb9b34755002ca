import {
  addressKey,
  buildingKey,
  buildingRuns,
  emailLooseKey,
  nameKey,
} from '../../../shared/domain/normalize';
import { phoneKey } from '../blocklist/keys';
import type { Probe } from '../blocklist/match';
import type { Db } from '../db/open';

// A quick "could these details hit the blocklist at all?" over every unlifted entry, loaded once
// per import, so the real matcher (blocklist/match.ts findHits: exact and loose matches, expiry,
// exceptions) runs only for the few customers that may hit. It must never say no where findHits
// would say yes: it answers yes for a superset of findHits' matches (expiry and exceptions are
// left to findHits; test/integration/import-blocklist-filter.test.ts checks the two agree).

const sortedWords = (key: string) => key.split(' ').sort().join(' ');

/** Details in the blocklist's key form (blocklist/keys.ts): phoneKey, emailKey, nameKey, addressKey. */
export interface ProbeKeys {
  phones: string[];
  emails: string[];
  names: string[];
  addresses: string[];
}

/** The keys of details as typed (the slow way: a phone is parsed, an address folded). */
export function keysOf(probe: Omit<Probe, 'customerId'>, country: string): ProbeKeys {
  return {
    phones: probe.phones.map((p) => phoneKey(p, country)),
    emails: probe.emails,
    names: probe.names.map(nameKey),
    addresses: probe.addresses.map(addressKey),
  };
}

export interface BlocklistFilter {
  mayHit(keys: ProbeKeys): boolean;
}

export function blocklistFilter(db: Db): BlocklistFilter {
  const rows = db
    .prepare('select kind, value, value_norm as key from blocklist_entries where lifted_at is null')
    .all() as { kind: 'phone' | 'email' | 'address' | 'name'; value: string; key: string }[];
  const phones = new Set<string>();
  const emails = new Set<string>();
  const names = new Set<string>();
  const addresses = new Set<string>();
  // The matcher's loose address relation (blocklist/match.ts): one building key a run of the other.
  const buildings = new Set<string>();
  const buildingRunSet = new Set<string>();
  for (const { kind, value, key } of rows) {
    if (kind === 'phone') phones.add(key);
    else if (kind === 'email') emails.add(emailLooseKey(key));
    else if (kind === 'name') names.add(sortedWords(key));
    else {
      addresses.add(key);
      const building = buildingKey(addressKey(value));
      if (building === null) continue;
      buildings.add(building);
      for (const run of buildingRuns(building)) buildingRunSet.add(run);
    }
  }
  const buildingMayHit = (building: string | null) =>
    building !== null &&
    (buildingRunSet.has(building) || buildingRuns(building).some((run) => buildings.has(run)));
  const addressMayHit = (key: string) =>
    key.length > 0 && (addresses.has(key) || buildingMayHit(buildingKey(key)));
  return {
    mayHit(keys) {
      if (rows.length === 0) return false;
      return (
        keys.phones.some((p) => phones.has(p)) ||
        (emails.size > 0 && keys.emails.some((e) => emails.has(emailLooseKey(e)))) ||
        (names.size > 0 && keys.names.some((n) => names.has(sortedWords(n)))) ||
        (addresses.size > 0 && keys.addresses.some(addressMayHit))
      );
    },
  };
}
