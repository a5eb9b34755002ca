import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { EVIDENCE_MAX_BYTES } from '../../../shared/domain/incidents';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { AppError, conflict, invalid, notFound } from '../errors';
import { writeFileAtomic } from '../files';

// Evidence files (photos of the parcel before shipping, scans, screenshots of a review) live in
// <data folder>/evidence, under a random name; the table keeps the original name and a SHA-256,
// so the app can tell when a file on disk no longer is what was added.

const FOLDER = 'evidence';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Copies the file in (temp name, fsync, rename), then records it; either both happen or neither. */
export function addEvidence(ctx: CoreContext, input: ChannelInput<'incidents.addEvidence'>): void {
  if (!ctx.db.prepare('select 1 from incidents where id = ?').get(input.incidentId))
    throw notFound('This incident');
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length === 0) throw invalid('dataBase64', 'The file is empty.');
  if (bytes.length > EVIDENCE_MAX_BYTES) throw invalid('dataBase64', 'The file is larger than 20 MB.');
  const hash = sha256(bytes);
  const ext = extname(input.fileName)
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
            `insert into attachments (incident_id, file_name, stored_name, sha256, size_bytes, mime, added_by, added_at)
             values (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.incidentId,
            input.fileName,
            storedName,
            hash,
            bytes.length,
            input.mime ?? 'application/octet-stream',
            ctx.session.staffId,
            at,
          ).lastInsertRowid,
      );
      ctx.db
        .prepare('update incidents set updated_at = max(?, updated_at + 1) where id = ?')
        .run(at, input.incidentId);
      writeAudit(ctx.db, at, {
        staffId: ctx.session.staffId,
        action: 'evidence',
        entity: 'incident',
        entityId: input.incidentId,
        after: { attachmentId: id, fileName: input.fileName, sha256: hash, sizeBytes: bytes.length },
      });
    })();
  } catch (error) {
    // The row was not written: the copied file would be an orphan.
    rmSync(path, { force: true });
    throw error;
  }
}

interface AttachmentRow {
  incident_id: number;
  file_name: string;
  stored_name: string;
  sha256: string;
  mime: string;
  removed_at: number | null;
}

function attachment(ctx: CoreContext, id: number): AttachmentRow {
  const row = ctx.db.prepare('select * from attachments where id = ? and incident_id is not null').get(id) as
    AttachmentRow | undefined;
  if (!row) throw notFound('This file');
  return row;
}

export function readEvidence(ctx: CoreContext, id: number): ChannelOutput<'incidents.evidenceFile'> {
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

/** Hides a file from the incident; the file stays on disk and the removal in the audit log. */
export function removeEvidence(ctx: CoreContext, input: ChannelInput<'incidents.removeEvidence'>): number {
  const row = attachment(ctx, input.id);
  if (row.removed_at !== null) throw conflict('This file was already removed.');
  const at = ctx.now();
  ctx.db.transaction(() => {
    ctx.db
      .prepare('update attachments set removed_at = ?, removed_by = ? where id = ?')
      .run(at, ctx.session.staffId, input.id);
    ctx.db
      .prepare('update incidents set updated_at = max(?, updated_at + 1) where id = ?')
      .run(at, row.incident_id);
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'remove_evidence',
      entity: 'incident',
      entityId: row.incident_id,
      before: { attachmentId: input.id, fileName: row.file_name, sha256: row.sha256 },
      note: input.reason,
    });
  })();
  return row.incident_id;
}
