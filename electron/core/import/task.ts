import type { FieldIssue } from '../../../shared/contract/result';
import type { ImportOptions } from '../../../shared/contract/import';
import { suggestMapping } from './aliases';
import { runImport, type RunAnswer, type RunTask } from './run';
import { readUpload, stageUpload, UploadProblem, type UploadMeta } from './staging';
import { layoutKeyOf, readTable, samplesOf, type Reading } from './table';
import { FileRefused } from './xlsx-limits';

// The import's side of the file worker (electron/core/backup/worker.ts runs it): reading a file of
// tens of megabytes, checking 100,000 rows and writing them all happen here, off the thread that
// answers the window. Expected failures come back as answers, not thrown errors, so their code and
// the field they concern survive the trip to the main thread.

export type ImportTask =
  | {
      op: 'upload';
      dataDir: string;
      uploadId: string;
      fileName: string;
      dataBase64: string;
      at: number;
      dateOrder: DateOrder;
    }
  | { op: 'inspect'; dataDir: string; uploadId: string; options: ImportOptions; dateOrder: DateOrder }
  | RunTask;

type DateOrder = 'dmy' | 'mdy';

export type WorkerAnswer<T> =
  | { ok: true; value: T }
  | { ok: false; code: 'VALIDATION' | 'NOT_FOUND'; message: string; issues: FieldIssue[] };

export interface Inspection {
  uploadId: string;
  fileName: string;
  sizeBytes: number;
  format: UploadMeta['format'];
  detected: Reading;
  sheets: string[];
  columns: { index: number; header: string; samples: string[] }[];
  rowCount: number;
  firstDataLine: number;
  layoutKey: string;
  suggestions: { orders: ReturnType<typeof suggestMapping>; customers: ReturnType<typeof suggestMapping> };
}

export const refuse = (
  path: string,
  message: string,
  code: 'VALIDATION' | 'NOT_FOUND' = 'VALIDATION',
): WorkerAnswer<never> => ({ ok: false, code, message, issues: [{ path, message }] });

async function inspection(
  uploadId: string,
  meta: UploadMeta,
  bytes: Uint8Array,
  options: ImportOptions,
  dateOrder: DateOrder,
): Promise<Inspection> {
  const table = await readTable(bytes, meta.format, options, dateOrder);
  const samples = samplesOf(table);
  return {
    uploadId,
    fileName: meta.fileName,
    sizeBytes: meta.sizeBytes,
    format: meta.format,
    detected: table.reading,
    sheets: table.sheets,
    columns: table.headers.map((header, index) => ({ index, header, samples: samples[index] ?? [] })),
    rowCount: table.rows.length,
    firstDataLine: table.firstDataLine,
    layoutKey: layoutKeyOf(table.format, table.headers, table.columnCount),
    suggestions: {
      orders: suggestMapping(table.headers, 'orders', samples),
      customers: suggestMapping(table.headers, 'customers', samples),
    },
  };
}

/** Failures a person can act on: a file that is not what it claims, an upload gone. */
function expected(error: unknown, path: string): WorkerAnswer<never> | null {
  if (error instanceof UploadProblem) {
    return refuse(error.path, error.message, error.path === 'uploadId' ? 'NOT_FOUND' : 'VALIDATION');
  }
  if (error instanceof FileRefused) return refuse(path, error.message);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('CSV_')) {
    return refuse(path, `The file could not be read as CSV: ${(error as Error).message}`);
  }
  return null;
}

export async function runImportTask(
  task: ImportTask,
  progress: (step: string, done: number, total: number) => void,
): Promise<WorkerAnswer<Inspection> | RunAnswer> {
  const path = task.op === 'upload' ? 'dataBase64' : 'options';
  try {
    switch (task.op) {
      case 'upload': {
        const { meta, bytes } = stageUpload(
          task.dataDir,
          task.uploadId,
          task.fileName,
          task.dataBase64,
          task.at,
        );
        return { ok: true, value: await inspection(task.uploadId, meta, bytes, {}, task.dateOrder) };
      }
      case 'inspect': {
        const { meta, bytes } = readUpload(task.dataDir, task.uploadId);
        return {
          ok: true,
          value: await inspection(task.uploadId, meta, bytes, task.options, task.dateOrder),
        };
      }
      default:
        return await runImport(task, progress);
    }
  } catch (error) {
    const answer = expected(error, path);
    if (answer) return answer;
    throw error;
  }
}
