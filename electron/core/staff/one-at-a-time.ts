import type { CoreContext } from '../context';

// Sign-in reads the failed-attempt count, awaits the slow PIN check (scrypt), then writes the
// count. Attempts sent at once all read the same count, so all were checked: 29 wrong PINs got
// through a lock that allows 5 (issue 18). One attempt per person at a time closes that: each
// reads what the one before it wrote.

const queues = new WeakMap<CoreContext['db'], Map<number, Promise<unknown>>>();

/** Runs `task` after every earlier task for the same person in this database has finished. */
export function oneAtATime<T>(ctx: CoreContext, staffId: number, task: () => Promise<T>): Promise<T> {
  let perPerson = queues.get(ctx.db);
  if (!perPerson) {
    perPerson = new Map();
    queues.set(ctx.db, perPerson);
  }
  const earlier = perPerson.get(staffId) ?? Promise.resolve();
  const mine = earlier.then(task, task);
  const settled = mine.then(
    () => undefined,
    () => undefined,
  );
  perPerson.set(staffId, settled);
  void settled.then(() => {
    if (perPerson.get(staffId) === settled) perPerson.delete(staffId);
  });
  return mine;
}
