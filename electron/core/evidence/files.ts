import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ChannelOutput } from '../../../shared/contract';
import type { Evidence } from '../../../shared/contract/evidence';
import { EVIDENCE_MAX_BYTES } from '../../../shared/domain/incidents';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { AppError, conflict, invalid, notFound } from '../errors';
import { writeFileAtomic } from '../files';

// Evidence files (photos of the parcel before shipping, scans, screenshots of a review) live in
// <data folder>/evidence, under a random name; the table keeps the original name and a SHA-256,
// so the app can tell when a file on disk no longer is what was added. A file belongs to an
// incident or to an order (attachments.incident_id / order_id); the same folder, the same checks
// and so the same backups cover both.

const FOLDER = 'evidence';

/** What a file is attached to, and how that owner is told apart in SQL and in the audit log. */
export type EvidenceOwner = { kind: 'incident' | 'order'; id: number };

const OWNERS = {
  incident: { table: 'incidents', column: 'incident_id', what: 'This incident', touch: true },
  // An order's files are not its fields: adding one must not make an open order editor's save
  // a conflict, so the order's updated_at is left alone.
  order: { table: 'orders', column: 'order_id', what: 'This order', touch: false },
} as const;

export interface EvidenceUpload {
  fileName: string;
  mime?: string;
  dataBase64: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Copies the file in (temp name, fsync, rename), then records it; either both happen or neither. */
export function addEvidence(ctx: CoreContext, owner: EvidenceOwner, upload: EvidenceUpload): void {
  const { table, column, what, touch } = OWNERS[owner.kind];
  if (!ctx.db.prepare(`select 1 from ${table} where id = ?`).get(owner.id)) throw notFound(what);
  const bytes = Buffer.from(upload.dataBase64, 'base64');
  if (bytes.length === 0) throw invalid('dataBase64', 'The file is empty.');
  if (bytes.length > EVIDENCE_MAX_BYTES) throw invalid('dataBase64', 'The file is larger than 20 MB.');
  const hash = sha256(bytes);
  const ext = extname(upload.fileName)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 10);
  const storedName = `${FOLDER}/${hash.slice(0, 12)}-${randomUUID()}${ext}`;
  const path = join(ctx.dataDir, storedName);
  try {
    writeFileAtomic(path, bytes);
  } catch (error) {
    throw new AppError(
      'VALIDATION',
      `The file could not be saved into the data folder (${(error as Error).message}). Nothing was added.`,
      [{ path: 'dataBase64', message: 'The file could not be saved' }],
    );
  }
  const at = ctx.now();
  try {
    ctx.db.transaction(() => {
      const id = Number(
        ctx.db
          .prepare(
            `insert into attachments (${column}, file_name, stored_name, sha256, size_bytes, mime, added_by, added_at)
             values (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            owner.id,
            upload.fileName,
            storedName,
            hash,
            bytes.length,
            upload.mime ?? 'application/octet-stream',
            ctx.session.staffId,
            at,
          ).lastInsertRowid,
      );
      if (touch)
        ctx.db
          .prepare(`update ${table} set updated_at = max(?, updated_at + 1) where id = ?`)
          .run(at, owner.id);
      writeAudit(ctx.db, at, {
        staffId: ctx.session.staffId,
        action: 'evidence',
        entity: owner.kind,
        entityId: owner.id,
        after: { attachmentId: id, fileName: upload.fileName, sha256: hash, sizeBytes: bytes.length },
      });
    })();
  } catch (error) {
    // The row was not written: the copied file would be an orphan.
    rmSync(path, { force: true });
    throw error;
  }
}

interface AttachmentRow {
  incident_id: number | null;
  order_id: number | null;
  file_name: string;
  stored_name: string;
  sha256: string;
  mime: string;
  removed_at: number | null;
}

function attachment(ctx: CoreContext, id: number): AttachmentRow {
  const row = ctx.db.prepare('select * from attachments where id = ?').get(id) as AttachmentRow | undefined;
  if (!row) throw notFound('This file');
  return row;
}

export function readEvidence(ctx: CoreContext, id: number): ChannelOutput<'evidence.file'> {
  const row = attachment(ctx, id);
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(ctx.dataDir, row.stored_name));
  } catch {
    throw notFound(`The file “${row.file_name}” in the data folder`);
  }
  if (sha256(bytes) !== row.sha256) {
    throw conflict(
      `The file “${row.file_name}” changed on disk since it was added; it is not the evidence that was recorded.`,
    );
  }
  return { fileName: row.file_name, mime: row.mime, dataBase64: bytes.toString('base64') };
}

/**
 * Hides a file from its incident or order; the file stays on disk and the removal in the audit
 * log. Returns the owner's id. A file is removed where it belongs (an order's file on the order).
 */
export function removeEvidence(
  ctx: CoreContext,
  kind: EvidenceOwner['kind'],
  id: number,
  reason: string,
): number {
  const { table, column, touch } = OWNERS[kind];
  const row = attachment(ctx, id);
  const ownerId = row[column];
  if (ownerId === null) throw notFound('This file');
  if (row.removed_at !== null) throw conflict('This file was already removed.');
  const at = ctx.now();
  ctx.db.transaction(() => {
    ctx.db
      .prepare('update attachments set removed_at = ?, removed_by = ? where id = ?')
      .run(at, ctx.session.staffId, id);
    if (touch)
      ctx.db.prepare(`update ${table} set updated_at = max(?, updated_at + 1) where id = ?`).run(at, ownerId);
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'remove_evidence',
      entity: kind,
      entityId: ownerId,
      before: { attachmentId: id, fileName: row.file_name, sha256: row.sha256 },
      note: reason,
    });
  })();
  return ownerId;
}

/** An incident's or an order's files, removed ones included (shown crossed out), oldest first. */
export function listEvidence(db: Db, owner: EvidenceOwner): Evidence[] {
  const { column } = OWNERS[owner.kind];
  const rows = prepared(
    db,
    `select a.id, a.file_name as fileName, a.mime, a.size_bytes as sizeBytes, a.sha256, s.name as addedBy,
       a.added_at as addedAt, a.removed_at, r.name as removed_by
     from attachments a join staff s on s.id = a.added_by left join staff r on r.id = a.removed_by
     where a.${column} = ? order by a.id`,
  ).all(owner.id) as (Omit<Evidence, 'removed'> & { removed_at: number | null; removed_by: string | null })[];
  return rows.map(({ removed_at, removed_by, ...file }) => ({
    ...file,
    removed: removed_at === null ? null : { at: removed_at, by: removed_by ?? '' },
  }));
}
