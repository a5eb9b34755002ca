import {
  DEFAULT_SETTINGS,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../shared/domain/settings';
import type { Db } from '../db/open';

// Settings live one key per row (JSON values) so a later migration can add a key without
// rewriting the others. Missing keys fall back to the defaults.

export function readSettings(db: Db): Settings {
  const rows = db.prepare('select key, value from settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key] = JSON.parse(row.value);
  const merged = {
    ...DEFAULT_SETTINGS,
    ...stored,
    risk: { ...DEFAULT_SETTINGS.risk, ...(stored.risk as object | undefined) },
  };
  const parsed = settingsSchema.safeParse(merged);
  // A stored value that no longer parses (hand-edited file) must not lock the shop out.
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
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
