import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_MAX_BYTES } from '../../../shared/contract/import';
import { writeFileAtomic } from '../files';
import type { Format } from './table';

// Uploaded files live in <data folder>/imports/ as <uploadId>.<csv|xlsx> beside <uploadId>.json
// (the original name, size, SHA-256). The file of an import that wrote something stays there for
// good (its imports row names it); uploads never imported are removed after a day.

export const IMPORTS_FOLDER = 'imports';
const STALE_MS = 24 * 3_600_000;

export interface UploadMeta {
  fileName: string;
  format: Format;
  sizeBytes: number;
  sha256: string;
  uploadedAt: number;
}

export class UploadProblem extends Error {
  constructor(
    readonly path: 'dataBase64' | 'uploadId',
    message: string,
  ) {
    super(message);
  }
}

const folder = (dataDir: string) => join(dataDir, IMPORTS_FOLDER);
export const storedName = (uploadId: string, format: Format) => `${IMPORTS_FOLDER}/${uploadId}.${format}`;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLD_EXCEL = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Decodes, checks and keeps an upload; the caller picks the id (a random UUID). */
export function stageUpload(
  dataDir: string,
  uploadId: string,
  fileName: string,
  dataBase64: string,
  at: number,
): { meta: UploadMeta; bytes: Buffer } {
  const compact = dataBase64.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new UploadProblem('dataBase64', 'The file could not be read.');
  }
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length === 0) throw new UploadProblem('dataBase64', 'The file is empty.');
  if (bytes.length > IMPORT_MAX_BYTES)
    throw new UploadProblem('dataBase64', 'The file is larger than 23 MB.');
  if (startsWith(bytes, OLD_EXCEL) || /\.xls$/i.test(fileName)) {
    throw new UploadProblem(
      'dataBase64',
      'This is an old Excel file (.xls): save it as .xlsx or CSV and upload that.',
    );
  }
  const format: Format = startsWith(bytes, ZIP) ? 'xlsx' : 'csv';
  const meta: UploadMeta = {
    fileName,
    format,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    uploadedAt: at,
  };
  writeFileAtomic(join(dataDir, storedName(uploadId, format)), bytes);
  writeFileAtomic(join(folder(dataDir), `${uploadId}.json`), Buffer.from(JSON.stringify(meta)));
  return { meta, bytes };
}

export function readUpload(dataDir: string, uploadId: string): { meta: UploadMeta; bytes: Buffer } {
  const metaPath = join(folder(dataDir), `${uploadId}.json`);
  const gone = () => new UploadProblem('uploadId', 'This upload is gone; upload the file again.');
  if (!existsSync(metaPath)) throw gone();
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as UploadMeta;
  const path = join(dataDir, storedName(uploadId, meta.format));
  if (!existsSync(path)) throw gone();
  const bytes = readFileSync(path);
  // The kept file must still be what was uploaded: an import names it by its hash.
  if (createHash('sha256').update(bytes).digest('hex') !== meta.sha256) {
    throw new UploadProblem('uploadId', 'The uploaded file changed on disk; upload it again.');
  }
  return { meta, bytes };
}

/** Removes uploads older than a day that no import wrote from (`kept` says which did). */
export function removeStaleUploads(
  dataDir: string,
  now: number,
  kept: (storedName: string) => boolean,
): void {
  const dir = folder(dataDir);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const match = /^([0-9a-f-]{36})\.json$/.exec(name);
    if (!match) continue;
    const path = join(dir, name);
    if (now - statSync(path).mtimeMs < STALE_MS) continue;
    const meta = JSON.parse(readFileSync(path, 'utf8')) as UploadMeta;
    const file = storedName(match[1]!, meta.format);
    if (kept(file)) continue;
    rmSync(join(dataDir, file), { force: true });
    rmSync(path, { force: true });
  }
}
