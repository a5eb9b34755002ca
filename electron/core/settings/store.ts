import {
  DEFAULT_SETTINGS,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../shared/domain/settings';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';

// Settings live one key per row (JSON values) so a later migration can add a key without
// rewriting the others. Missing keys fall back to the defaults.

// Every channel that formats money or checks a phone reads the settings; parse them only when
// the stored text changed.
const parsedCache = new WeakMap<Db, { raw: string; settings: Settings }>();

export function readSettings(db: Db): Settings {
  const rows = prepared(db, 'select key, value from settings order by key').all() as {
    key: string;
    value: string;
  }[];
  const raw = rows.map((r) => `${r.key}=${r.value}`).join('\n');
  const cached = parsedCache.get(db);
  if (cached?.raw === raw) return cached.settings;
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key] = JSON.parse(row.value);
  const merged = {
    ...DEFAULT_SETTINGS,
    ...stored,
    risk: { ...DEFAULT_SETTINGS.risk, ...(stored.risk as object | undefined) },
  };
  const parsed = settingsSchema.safeParse(merged);
  // A stored value that no longer parses (hand-edited file) must not lock the shop out.
  const settings = parsed.success ? parsed.data : DEFAULT_SETTINGS;
  parsedCache.set(db, { raw, settings });
  return settings;
}

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return settingsSchema.parse({
    ...current,
    ...patch,
    risk: { ...current.risk, ...patch.risk },
  });
}

export function writeSettings(db: Db, settings: Settings): void {
  const upsert = db.prepare(
    'insert into settings (key, value) values (?, ?) on conflict(key) do update set value = excluded.value',
  );
  for (const [key, value] of Object.entries(settings)) upsert.run(key, JSON.stringify(value));
}
