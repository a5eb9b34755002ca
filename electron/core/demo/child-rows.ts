import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Db } from '../db/open';
import type { DemoStatements } from './statements';

// A customer's phones, e-mails and addresses and an order's status changes, lines, visits and
// calls are eight of every ten rows the demo writes. A small shop writes them directly. A bulk
// load (a million orders) hands them to a worker thread that writes them into a scratch file on
// the other core while this thread writes customers and orders; at the end one INSERT … SELECT
// per table copies them over in the order they were produced, so the shop gets the same rows
// with the same ids as if written directly.

export type ChildTable = 'phones' | 'emails' | 'addresses' | 'statusChanges' | 'items' | 'attempts' | 'calls';

const TABLES: Record<ChildTable, { target: string; columns: string[] }> = {
  phones: {
    target: 'customer_phones',
    columns: ['customer_id', 'e164', 'digits_reversed', 'raw', 'kind', 'verified', 'created_at'],
  },
  emails: { target: 'customer_emails', columns: ['customer_id', 'email', 'email_norm', 'created_at'] },
  addresses: {
    target: 'customer_addresses',
    columns: ['customer_id', 'address', 'address_norm', 'note', 'created_at'],
  },
  statusChanges: {
    target: 'order_status_changes',
    columns: ['order_id', 'from_status', 'to_status', 'staff_id', 'at', 'note'],
  },
  items: {
    target: 'order_items',
    columns: ['order_id', 'title', 'sku', 'quantity', 'unit_price', 'kept_quantity'],
  },
  attempts: {
    target: 'delivery_attempts',
    columns: ['order_id', 'courier_id', 'attempted_on', 'outcome', 'cost', 'note', 'created_at'],
  },
  calls: {
    target: 'calls',
    columns: ['customer_id', 'order_id', 'purpose', 'outcome', 'staff_id', 'at', 'override_reason', 'note'],
  },
};

type Value = string | number | null;

export interface ChildRows {
  add(table: ChildTable, ...values: Value[]): void;
  /** Makes every row visible in the shop's tables (inside the caller's transaction). */
  finish(): void;
  /** Releases the scratch file and thread, after the transaction ended either way. */
  close(): void;
}

export function directRows(stmts: DemoStatements): ChildRows {
  const statements = {
    phones: stmts.phone,
    emails: stmts.email,
    addresses: stmts.address,
    statusChanges: stmts.statusChange,
    items: stmts.item,
    attempts: stmts.attempt,
    calls: stmts.call,
  };
  return {
    add: (table, ...values) => void statements[table].run(...values),
    finish: () => {},
    close: () => {},
  };
}

// Plain CommonJS run with `eval`, so it needs no bundling step or TypeScript loader wherever core
// runs. Control slots: 0 batches in flight, 1 finished, 2 failed. Errors go to their own port,
// read synchronously: the generating thread never returns to its event loop until it is done.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const control = new Int32Array(workerData.control);
const fail = (error) => {
  workerData.errors.postMessage(String((error && error.stack) || error));
  Atomics.store(control, 2, 1);
  Atomics.store(control, 1, 1);
  Atomics.notify(control, 1);
};
try {
  const Database = require(workerData.sqlite);
  const db = new Database(workerData.file);
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  const inserts = {};
  for (const [table, columns] of Object.entries(workerData.tables)) {
    inserts[table] = { width: columns.length, stmt: db.prepare('insert into ' + table + ' values (' + columns.map(() => '?').join(', ') + ')') };
  }
  const write = db.transaction((batch) => {
    for (const table of Object.keys(batch)) {
      const { width, stmt } = inserts[table];
      const values = batch[table];
      for (let i = 0; i < values.length; i += width) stmt.run(values.slice(i, i + width));
    }
  });
  parentPort.on('message', (batch) => {
    if (batch === 'end') {
      db.close();
      Atomics.store(control, 1, 1);
      Atomics.notify(control, 1);
      return;
    }
    try {
      write(batch);
    } catch (error) {
      fail(error);
    } finally {
      Atomics.sub(control, 0, 1);
      Atomics.notify(control, 0);
    }
  });
} catch (error) {
  fail(error);
}
`;

const BATCH_ROWS = 20_000;
const MAX_IN_FLIGHT = 4;
const STALL_MS = 120_000;

/** Child rows through a worker thread and a scratch file, for bulk loads. */
export function stagedRows(db: Db): ChildRows {
  const dir = mkdtempSync(join(tmpdir(), 'shopdesk-demo-'));
  const file = join(dir, 'staging.sqlite');
  // Attached and created here, before the demo transaction starts (ATTACH cannot run inside one),
  // so this connection knows the tables the worker fills.
  db.prepare('attach database ? as demo_staging').run(file);
  for (const [table, { columns }] of Object.entries(TABLES)) {
    db.exec(`create table demo_staging.${table} (${columns.join(', ')})`);
  }
  const control = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const errors = new MessageChannel();
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {
      control: control.buffer,
      errors: errors.port2,
      file,
      sqlite: createRequire(import.meta.url).resolve('better-sqlite3'),
      tables: Object.fromEntries(Object.entries(TABLES).map(([t, { columns }]) => [t, columns])),
    },
    transferList: [errors.port2],
  });
  const failed = () => {
    const detail = receiveMessageOnPort(errors.port1)?.message as string | undefined;
    return new Error(`The demo's staging worker failed: ${detail ?? 'no detail'}`);
  };
  const empty = () =>
    Object.fromEntries(Object.keys(TABLES).map((t) => [t, []])) as unknown as Record<ChildTable, Value[]>;
  let batch = empty();
  let rows = 0;

  /** Blocks this thread while `busy()`, waking whenever the worker changes `slot`; fails if it failed. */
  const waitWhile = (slot: number, busy: () => boolean) => {
    let waited = 0;
    while (busy()) {
      if (Atomics.load(control, 2) === 1) throw failed();
      if (Atomics.wait(control, slot, Atomics.load(control, slot), 1000) === 'timed-out') waited += 1000;
      if (waited > STALL_MS) throw new Error('The demo staging worker stopped responding');
    }
  };
  const flush = () => {
    waitWhile(0, () => Atomics.load(control, 0) >= MAX_IN_FLIGHT);
    Atomics.add(control, 0, 1);
    worker.postMessage(batch);
    batch = empty();
    rows = 0;
  };

  return {
    add(table, ...values) {
      const target = batch[table];
      for (const v of values) target.push(v);
      if (++rows >= BATCH_ROWS) flush();
    },
    finish() {
      flush();
      worker.postMessage('end');
      waitWhile(1, () => Atomics.load(control, 1) === 0);
      if (Atomics.load(control, 2) === 1) throw failed();
      for (const [table, { target, columns }] of Object.entries(TABLES)) {
        const list = columns.join(', ');
        db.exec(
          `insert or fail into main.${target} (${list}) select ${list} from demo_staging.${table} order by rowid`,
        );
      }
    },
    close() {
      try {
        errors.port1.close();
        void worker.terminate();
        if (db.open) db.exec('detach database demo_staging');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
