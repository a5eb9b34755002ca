import { importSetupSchema, type ImportRunInput, type ImportSetup } from '../../../shared/contract/import';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';

// The mapping remembered per file layout (same header names, or the same number of columns
// without a header) and target: what the owner chose the last time such a file came, offered again.

export function saveLayout(
  db: Db,
  layoutKey: string,
  input: ImportRunInput,
  staffId: number | null,
  at: number,
) {
  const setup: ImportSetup = {
    target: input.target,
    mapping: input.mapping,
    valueMaps: input.valueMaps,
    defaults: input.defaults,
  };
  const text = JSON.stringify(setup);
  const stored = prepared(db, 'select setup from import_layouts where layout_key = ? and target = ?')
    .pluck()
    .get(layoutKey, input.target);
  // The same setup again writes nothing: a dry run repeated changes no byte of the database.
  if (stored === text) return;
  prepared(
    db,
    `insert into import_layouts (layout_key, target, setup, staff_id, updated_at) values (?, ?, ?, ?, ?)
     on conflict (layout_key, target) do update set setup = excluded.setup, staff_id = excluded.staff_id,
       updated_at = excluded.updated_at`,
  ).run(layoutKey, input.target, text, staffId, at);
}

/** The setup last used with this layout, whichever target it was for. */
export function savedLayout(db: Db, layoutKey: string): ImportSetup | null {
  const text = prepared(
    db,
    'select setup from import_layouts where layout_key = ? order by updated_at desc, rowid desc limit 1',
  )
    .pluck()
    .get(layoutKey) as string | undefined;
  if (!text) return null;
  // Written by an older version with fields since renamed: offer nothing rather than nonsense.
  const parsed = importSetupSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}
