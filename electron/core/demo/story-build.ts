import { addBlock } from './blocklist';
import { product } from './catalog';
import { insertCustomer } from './customers';
import { makeIncident, type IncidentSpec } from './incidents';
import { address, FAR_CITIES, translit } from './names';
import { courierFor, isCourierLike, leadDays, PICKUP, type OrderPlan } from './order-plan';
import type { DemoState } from './state';
import { STORIES } from './stories';

// Turns the scenario characters of stories.ts into rows: they take the first customer ids
// (they have been with the shop longest), their orders join the day-by-day order stream, and
// their incidents and blocklist entries are written with the rest.

const DAY = 86_400_000;
const MIN = 60_000;

export function storyCount(): number {
  return STORIES.length;
}

export function insertStoryCustomers(state: DemoState): void {
  const { rng, calendar: cal, phones, customers: pool } = state;
  STORIES.forEach((story, i) => {
    const day = state.firstDay - 60 + i * 3;
    const minute = 600 + i * 7;
    const createdAt = cal.at(day, minute);
    pool.arrival[i] = day;
    pool.arrivalMinute[i] = minute;
    const home = story.address ?? address(rng, story.region).text;
    const city = FAR_CITIES.find((c) => home.includes(`г. ${c.city},`));
    const mobile = phones.mobile(rng);
    const words = story.name.split(' ');
    const mail = words.length > 1 ? `${translit(words[1]!)}.${translit(words[0]!)}${70 + i}@mail.ru` : null;
    insertCustomer(state, i, {
      name: story.name,
      region: story.region,
      address: home,
      zone: city && city.zone !== 'Europe/Moscow' ? city.zone : null,
      mobile,
      extraPhone: story.landline ? { phone: phones.landline(rng), kind: 'landline' } : undefined,
      emails: mail ? [mail] : [],
      vip: story.vip,
      caution: story.caution,
      doubtful: story.doubtful,
      callHours: story.callHours,
      doNotCall: story.doNotCall,
      preferredCourier: story.preferredCourier,
      deliveryNotes: story.deliveryNotes,
      staffNotes: story.staffNotes,
      behavior: story.behavior,
      activity: 0,
      createdAt,
    });
    for (const b of story.blocks) {
      const at = cal.at(cal.today - b.daysAgo, rng.int(600, 1200));
      const value =
        b.kind === 'phone'
          ? mobile.e164
          : b.kind === 'email'
            ? (mail ?? mobile.e164)
            : b.kind === 'address'
              ? home
              : story.name;
      addBlock(state, {
        kind: b.kind === 'email' && !mail ? 'phone' : b.kind,
        value,
        action: b.action,
        reason: b.reason,
        customerId: pool.ids[i]!,
        createdAt: at,
        lifted: b.lifted ? { at: cal.at(cal.today - b.lifted.daysAgo, 660), reason: b.lifted.reason } : null,
      });
      if (b.action === 'prepayment' && !b.lifted) pool.prepaymentOnly[i] = 1;
    }
  });
  pool.storyCount = STORIES.length;
}

/** The story orders as plans, keyed by the day they were placed. */
export function storyOrderPlans(state: DemoState): Map<number, OrderPlan[]> {
  const { rng, calendar: cal, customers: pool, couriers } = state;
  const byDay = new Map<number, OrderPlan[]>();
  STORIES.forEach((story, c) => {
    for (const o of story.orders) {
      const placedAt = o.minutesAgo === undefined ? null : cal.now - o.minutesAgo * MIN;
      const day = placedAt === null ? cal.today - o.daysAgo : cal.dayOf(placedAt);
      if (day < state.firstDay) continue;
      const minute =
        placedAt === null ? (o.minute ?? rng.int(600, 1200)) : Math.floor((placedAt - cal.at(day, 0)) / MIN);
      const courier = story.preferredCourier ?? courierFor(rng, o.method);
      const noContact = o.outcome === 'no_contact';
      const plan: OrderPlan = {
        customer: c,
        day,
        minute,
        lines: o.items.map(([sku, quantity, roubles]) => {
          const p = product(sku);
          return { product: p, quantity, unitPrice: roubles === undefined ? p.price : roubles * 100 };
        }),
        method: o.method,
        payment: o.payment,
        deliveryDay: day + (o.lead ?? leadDays(rng, o.method, minute, o.payment)),
        window: isCourierLike(o.method) ? rng.int(0, 3) : -1,
        courier,
        outcome: o.outcome,
        missedVisits: noContact ? 0 : (o.missed?.length ?? 0),
        visits: o.missed,
        agreedAhead: o.agreedAhead,
        awaitingReschedule: o.awaitingReschedule,
        checked: o.checked ?? 'unknown',
        address: o.method === PICKUP ? (couriers[courier]!.address ?? pool.address[c]!) : pool.address[c]!,
        comment: o.comment ?? '',
        extraCalls: o.calls?.map((call) => ({ ...call, day: day + call.day })),
        weightG: o.weightG,
        tag: o.tag,
      };
      const list = byDay.get(day) ?? [];
      list.push(plan);
      byDay.set(day, list);
    }
  });
  return byDay;
}

export function storyIncidents(state: DemoState): IncidentSpec[] {
  const { calendar: cal } = state;
  const out: IncidentSpec[] = [];
  STORIES.forEach((story, c) => {
    for (const s of story.incidents) {
      const order = s.order === undefined ? -1 : (state.taggedOrders.get(s.order) ?? -2);
      if (order === -2) continue;
      const day = s.daysAgo === undefined ? undefined : cal.today - s.daysAgo;
      const spec = makeIncident(state, s.cause, order, c, { day, status: s.status });
      spec.channel = s.channel;
      spec.fault = s.fault;
      spec.resolution =
        s.status === 'resolved'
          ? (s.resolution ?? spec.resolution)
          : s.status === 'rejected'
            ? 'nothing'
            : null;
      spec.says = s.says;
      spec.promised = s.promised;
      spec.description = s.description;
      if (s.costs) spec.costs = s.costs;
      if (s.weightG !== undefined) spec.weightG = s.weightG;
      if (spec.status === 'resolved' && spec.updatedAt - spec.createdAt < DAY / 4)
        spec.updatedAt = Math.min(cal.now, spec.createdAt + DAY / 2);
      out.push(spec);
    }
  });
  return out;
}
