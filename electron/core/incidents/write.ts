import type { ChannelInput } from '../../../shared/contract';
import type { Incident } from '../../../shared/contract/incidents';
import { isDeliveryCause } from '../../../shared/domain/attribution';
import { assertNotSoldCheaper } from '../orders/sold-cheaper';
import { localDate } from '../../../shared/domain/dates';
import { normalizePromoCode } from '../../../shared/domain/promo-code';
import { writeAudit } from '../audit';
import type { CoreContext } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { readSettings } from '../settings/store';
import { getIncident } from './read';
import { assertMayChangeDecision, assertOwnerOnly } from './owner-decision';

type CreateInput = ChannelInput<'incidents.create'> & { fault: Incident['fault'] };
type PatchInput = ChannelInput<'incidents.update'>;

interface Links {
  customerId: number | null;
  orderId: number | null;
  courierId: number | null;
}

/**
 * Checks the customer, order and courier exist and belong together. An order fills in its
 * customer when it was not given (the form opened from an order), and its courier too when the
 * cause is about the delivery (shared/domain/attribution.ts): a price error is not the driver's.
 */
function resolveLinks(ctx: CoreContext, given: Partial<Links>, base: Links, cause: Incident['cause']): Links {
  const links: Links = {
    customerId: given.customerId === undefined ? base.customerId : given.customerId,
    orderId: given.orderId === undefined ? base.orderId : given.orderId,
    courierId: given.courierId === undefined ? base.courierId : given.courierId,
  };
  if (links.orderId !== null) {
    const order = ctx.db
      .prepare('select customer_id, courier_id from orders where id = ?')
      .get(links.orderId) as { customer_id: number; courier_id: number | null } | undefined;
    if (!order) throw invalid('orderId', 'This order does not exist.');
    if (links.customerId === null) links.customerId = order.customer_id;
    if (links.customerId !== order.customer_id)
      throw invalid('orderId', 'This order belongs to another customer.');
    // A new link to an order brings its courier, unless a courier was named.
    if (
      links.orderId !== base.orderId &&
      given.courierId == null &&
      links.courierId === null &&
      isDeliveryCause(cause)
    ) {
      links.courierId = order.courier_id;
    }
  }
  if (
    links.customerId !== null &&
    !ctx.db.prepare('select 1 from customers where id = ?').get(links.customerId)
  ) {
    throw invalid('customerId', 'This customer does not exist.');
  }
  if (
    links.courierId !== null &&
    !ctx.db.prepare('select 1 from couriers where id = ?').get(links.courierId)
  ) {
    throw invalid('courierId', 'This courier does not exist.');
  }
  return links;
}

function checkDates(
  ctx: CoreContext,
  happenedOn: string | undefined,
  followUpDue: number | null | undefined,
) {
  const now = ctx.now();
  const today = localDate(now, readSettings(ctx.db).timeZone);
  if (happenedOn !== undefined && happenedOn > today)
    throw invalid('happenedOn', 'This date is in the future.');
  if (followUpDue != null && followUpDue <= now) {
    throw invalid('followUpDue', 'This follow-up time has already passed; pick a later one.');
  }
  return today;
}

/** A cost line, dated by its own day (migration 0011): a recovery counts when its money came. */
function insertCost(
  ctx: CoreContext,
  incidentId: number,
  line: { kind: string; amount: number; note: string; day?: string },
  at: number,
) {
  const today = localDate(at, readSettings(ctx.db).timeZone);
  if (line.day !== undefined && line.day > today) throw invalid('day', 'This date is in the future.');
  const orderId = ctx.db.prepare('select order_id from incidents where id = ?').pluck().get(incidentId) as
    number | null;
  assertNotSoldCheaper(ctx.db, orderId ?? null, line.kind);
  return Number(
    ctx.db
      .prepare(
        'insert into incident_costs (incident_id, kind, amount, note, staff_id, created_at, day) values (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(incidentId, line.kind, line.amount, line.note, ctx.session.staffId, at, line.day ?? today)
      .lastInsertRowid,
  );
}

export function createIncident(ctx: CoreContext, input: CreateInput): number {
  const today = checkDates(ctx, input.happenedOn, input.followUpDue);
  const links = resolveLinks(ctx, input, { customerId: null, orderId: null, courierId: null }, input.cause);
  // Settled on the call: created resolved, with nothing to come back to.
  const settled = input.settledOnCall ?? null;
  if (settled !== null && input.followUpDue != null)
    throw invalid('followUpDue', 'A complaint settled on the call needs no follow-up.');
  const promoCode = normalizePromoCode(input.promoCode);
  const at = ctx.now();
  return ctx.db.transaction(() => {
    const id = Number(
      ctx.db
        .prepare(
          `insert into incidents (happened_on, channel, cause, fault, status, resolution, follow_up_due, customer_says,
             promised, description, parcel_weight_g, promo_code, customer_id, order_id, courier_id, created_by,
             created_at, updated_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.happenedOn ?? today,
          input.channel,
          input.cause,
          input.fault,
          settled === null ? 'open' : 'resolved',
          settled,
          input.followUpDue ?? null,
          input.customerSays ?? '',
          input.promised ?? '',
          input.description ?? '',
          input.parcelWeightG ?? null,
          promoCode,
          links.customerId,
          links.orderId,
          links.courierId,
          ctx.session.staffId,
          at,
          at,
        ).lastInsertRowid,
    );
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'create',
      entity: 'incident',
      entityId: id,
      after: {
        cause: input.cause,
        channel: input.channel,
        fault: input.fault,
        ...links,
        ...(promoCode === null ? {} : { promoCode }),
        ...(settled === null ? {} : { status: 'resolved', resolution: settled, settledOnCall: true }),
      },
      ...(settled === null ? {} : { note: 'Settled on the call' }),
    });
    for (const line of input.costs ?? []) {
      const note = line.note ?? '';
      insertCost(ctx, id, { ...line, note }, at);
      writeAudit(ctx.db, at, {
        staffId: ctx.session.staffId,
        action: 'cost',
        entity: 'incident',
        entityId: id,
        after: { kind: line.kind, amount: line.amount },
        note,
      });
    }
    return id;
  })();
}

// Patch field → column. Links are resolved together (an order implies its customer).
const COLUMNS = {
  happenedOn: 'happened_on',
  channel: 'channel',
  cause: 'cause',
  fault: 'fault',
  notHeldAgainstCustomer: 'not_held_against_customer',
  status: 'status',
  waitingFor: 'waiting_for',
  resolution: 'resolution',
  customerId: 'customer_id',
  orderId: 'order_id',
  courierId: 'courier_id',
  customerSays: 'customer_says',
  promised: 'promised',
  description: 'description',
  followUpDue: 'follow_up_due',
  parcelWeightG: 'parcel_weight_g',
  promoCode: 'promo_code',
} as const;
type Field = keyof typeof COLUMNS;

/**
 * Changes what is known (fault later, status, resolution). A change made meanwhile answers
 * CONFLICT. The note goes into the change's audit entry (a bulk resolve's reason).
 */
export function updateIncident(ctx: CoreContext, patch: PatchInput, note?: string): void {
  const now = ctx.now();
  const before = getIncident(ctx.db, patch.id, now);
  if (before.updatedAt !== patch.expectedUpdatedAt) {
    throw conflict(
      'This incident was changed meanwhile by someone else. Reload it and make your change again.',
    );
  }
  if (patch.followUpDue !== before.followUpDue) checkDates(ctx, patch.happenedOn, patch.followUpDue);
  else checkDates(ctx, patch.happenedOn, undefined);
  const links = resolveLinks(
    ctx,
    patch,
    {
      customerId: before.customer?.id ?? null,
      orderId: before.order?.id ?? null,
      courierId: before.courier?.id ?? null,
    },
    patch.cause ?? before.cause,
  );
  const current: Record<Field, unknown> = {
    happenedOn: before.happenedOn,
    channel: before.channel,
    cause: before.cause,
    fault: before.fault,
    notHeldAgainstCustomer: before.notHeldAgainstCustomer,
    status: before.status,
    waitingFor: before.waitingFor,
    resolution: before.resolution,
    customerId: before.customer?.id ?? null,
    orderId: before.order?.id ?? null,
    courierId: before.courier?.id ?? null,
    customerSays: before.customerSays,
    promised: before.promised,
    description: before.description,
    followUpDue: before.followUpDue,
    parcelWeightG: before.parcelWeightG,
    promoCode: before.promoCode,
  };
  const next: Record<Field, unknown> = { ...current };
  for (const field of Object.keys(COLUMNS) as Field[]) {
    const value = (patch as Record<string, unknown>)[field];
    if (value !== undefined) next[field] = value;
  }
  Object.assign(next, links);
  if (patch.promoCode !== undefined) next.promoCode = normalizePromoCode(patch.promoCode);
  // Waiting says for whom; any other status waits for no one.
  if (next.status !== 'waiting') next.waitingFor = null;
  else if (next.waitingFor === null) throw invalid('waitingFor', 'Say whom the shop is waiting for.');
  if (next.status === 'resolved' && next.resolution === null) {
    throw invalid('resolution', 'Say how it was resolved (refund, reship, … or nothing).');
  }
  // Only a customer-fault incident can be "not held against the customer" (attribution.ts).
  if (patch.notHeldAgainstCustomer === true && next.fault !== 'customer') {
    throw invalid(
      'notHeldAgainstCustomer',
      'Only an incident by the customer’s fault can be not held against them.',
    );
  }
  const changed = (Object.keys(COLUMNS) as Field[]).filter((f) => next[f] !== current[f]);
  if (changed.length === 0) return;
  assertOwnerOnly(ctx.db, ctx.session.staffId, changed);
  assertMayChangeDecision(ctx.db, patch.id, ctx.session.staffId, changed);
  const at = Math.max(now, before.updatedAt + 1);
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `update incidents set ${changed.map((f) => `${COLUMNS[f]} = $${f}`).join(', ')}, updated_at = $at where id = $id`,
      )
      .run({
        ...Object.fromEntries(
          changed.map((f) => {
            const value = next[f] as string | number | boolean | null;
            return [f, typeof value === 'boolean' ? Number(value) : value];
          }),
        ),
        at,
        id: patch.id,
      });
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: changed.includes('status') ? 'status' : 'update',
      entity: 'incident',
      entityId: patch.id,
      before: Object.fromEntries(changed.map((f) => [f, current[f]])),
      after: Object.fromEntries(changed.map((f) => [f, next[f]])),
      ...(note === undefined ? {} : { note }),
    });
  })();
}

function touch(ctx: CoreContext, incidentId: number, at: number) {
  const result = ctx.db
    .prepare('update incidents set updated_at = max(?, updated_at + 1) where id = ?')
    .run(at, incidentId);
  if (result.changes === 0) throw notFound('This incident');
}

export function addCost(ctx: CoreContext, input: ChannelInput<'incidents.addCost'>): void {
  assertMayChangeDecision(ctx.db, input.incidentId, ctx.session.staffId, ['costs']);
  const at = ctx.now();
  const note = input.note ?? '';
  ctx.db.transaction(() => {
    touch(ctx, input.incidentId, at);
    insertCost(ctx, input.incidentId, { kind: input.kind, amount: input.amount, note, day: input.day }, at);
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'cost',
      entity: 'incident',
      entityId: input.incidentId,
      after: { kind: input.kind, amount: input.amount },
      note,
    });
  })();
}

/** Crosses a cost line out (the database refuses deleting or un-voiding it). Answers the incident id. */
export function voidCost(ctx: CoreContext, input: ChannelInput<'incidents.voidCost'>): number {
  const line = ctx.db
    .prepare('select incident_id, kind, amount, voided_at from incident_costs where id = ?')
    .get(input.costId) as
    { incident_id: number; kind: string; amount: number; voided_at: number | null } | undefined;
  if (!line) throw notFound('This cost line');
  if (line.voided_at !== null) throw conflict('This cost line is already voided.');
  const at = ctx.now();
  ctx.db.transaction(() => {
    ctx.db
      .prepare('update incident_costs set voided_at = ?, voided_by = ?, void_reason = ? where id = ?')
      .run(at, ctx.session.staffId, input.reason, input.costId);
    touch(ctx, line.incident_id, at);
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'void_cost',
      entity: 'incident',
      entityId: line.incident_id,
      before: { kind: line.kind, amount: line.amount },
      note: input.reason,
    });
  })();
  return line.incident_id;
}

export function addNote(ctx: CoreContext, incidentId: number, text: string): void {
  const at = ctx.now();
  ctx.db.transaction(() => {
    touch(ctx, incidentId, at);
    writeAudit(ctx.db, at, {
      staffId: ctx.session.staffId,
      action: 'note',
      entity: 'incident',
      entityId: incidentId,
      note: text,
    });
  })();
}
