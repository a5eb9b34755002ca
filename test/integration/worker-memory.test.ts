import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stopWorker } from '../../electron/core/backup/run-worker';
import { workerFailure } from '../../electron/core/backup/worker-failure';
import { TOO_LARGE_FOR_WORKER } from '../../shared/contract/import-refusals';
import { AppError } from '../../electron/core/errors';
import { makeCore, setupOwner, type TestCore } from '../support/core';
import { csv, fingerprint, ORDERS_HEADER, orderRow, upload } from '../support/import-files';

// Issue 18 item 7: the file worker has a memory limit; a file that needs more ends the worker,
// not the app, is answered "too large", and the next task runs in a fresh worker.

let t: TestCore;
afterEach(() => t?.close());
afterAll(async () => {
  delete process.env.SHOPDESK_WORKER_HEAP_MB;
  await stopWorker();
});

describe('the file worker’s memory limit', () => {
  it('answers "too large" for a file that runs the worker out of memory, and keeps working', async () => {
    t = makeCore();
    await setupOwner(t);
    const rows = [ORDERS_HEADER];
    for (let n = 1; rows.length < 90_000; n++) rows.push(orderRow(n));
    const big = Buffer.from(csv(rows, ','));
    const before = fingerprint(t);

    await stopWorker();
    process.env.SHOPDESK_WORKER_HEAP_MB = '48';
    const one = Buffer.from(csv([ORDERS_HEADER, orderRow(1)], ','));
    // The worker starts and reads a small file under this limit: only the big file is too much.
    expect((await upload(t, 'small.csv', one)).rowCount).toBe(1);
    expect(big.byteLength).toBeLessThan(23 * 1024 * 1024);
    const answer = await t.call('import.upload', { fileName: 'big.csv', dataBase64: big.toString('base64') });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: TOO_LARGE_FOR_WORKER,
        issues: [{ path: '', message: TOO_LARGE_FOR_WORKER }],
      },
    });
    expect(fingerprint(t)).toBe(before);

    // The app is still there and the next task gets a fresh worker.
    expect((await upload(t, 'small.csv', one)).rowCount).toBe(1);
  });

  it('maps only running out of memory to "too large"', () => {
    const oom = Object.assign(new Error('Worker terminated due to reaching memory limit'), {
      code: 'ERR_WORKER_OUT_OF_MEMORY',
    });
    const mapped = workerFailure(oom);
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped).toMatchObject({ code: 'VALIDATION', message: TOO_LARGE_FOR_WORKER });
    const other = new Error('boom');
    expect(workerFailure(other)).toBe(other);
  });
});
