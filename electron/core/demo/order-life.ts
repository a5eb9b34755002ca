import type { OrderStatus } from '../../../shared/domain/enums';
import { confirmationCalls, type CallRow } from './order-calls';
import { FOOT, isCourierLike, OWN, POST, type OrderPlan } from './order-plan';
import { trackingNumber, writeOrder, type Event, type Visit, type VisitOutcome } from './order-write';
import { DELIVERY_WINDOWS, type DemoState } from './state';
import { CANCEL_NOTES, MISSED_VISIT_NOTES, RETURN_REASONS } from './texts';

// One order's life, written as rows: the order and its lines, every status change, every
// courier visit with its cost, every call. The whole life is planned first and only what has
// happened by `now` is written, so yesterday's orders are settled, today's are out for
// delivery and tomorrow's wait for their evening call.

const MIN = 60_000;
const DAY = 86_400_000;

/** Appends a status change no earlier than a minute after the previous one; returns its time. */
function addEvent(events: Event[], at: number, status: OrderStatus, note = '', day = -1): number {
  const last = events.length > 0 ? events[events.length - 1]!.at : 0;
  const when = Math.max(at, last + MIN);
  events.push({ at: when, status, note, day });
  return when;
}

/** Moves a time the shop's staff act at into working hours (09:00–21:30 local). */
function workingTime(state: DemoState, at: number): number {
  const { calendar } = state;
  const day = calendar.dayOf(at);
  const minute = (at - calendar.at(day, 0)) / MIN;
  if (minute < 540) return calendar.at(day, 540 + state.rng.int(0, 60));
  if (minute > 1290) return calendar.at(day + 1, 540 + state.rng.int(0, 60));
  return at;
}

export function emitOrder(state: DemoState, plan: OrderPlan, serial: number): number {
  const { rng, calendar: cal, customers: pool } = state;
  const events: Event[] = [];
  const visits: Visit[] = [];
  const calls: CallRow[] = [];

  const t0 = cal.at(plan.day, plan.minute);
  addEvent(events, t0, 'new');
  const confirmAt = addEvent(events, workingTime(state, t0 + rng.int(5, 90) * MIN), 'confirmed');
  const method = plan.method;
  const courierLike = isCourierLike(method);
  const callable = (method === OWN || method === FOOT) && pool.doNotCall[plan.customer] === 0;
  let day = plan.deliveryDay;
  let finalAt = 0;

  if (plan.outcome === 'cancelled') {
    if (callable && day - 1 >= plan.day) {
      const at = confirmationCalls(state, plan, day - 1, calls, 'cancelled');
      addEvent(events, at + MIN, 'cancelled', 'Клиент отменил при подтверждении');
    } else {
      addEvent(
        events,
        workingTime(state, confirmAt + rng.int(30, 1200) * MIN),
        'cancelled',
        rng.pick(CANCEL_NOTES),
      );
    }
  } else if (courierLike) {
    for (let v = 0; v <= plan.missedVisits; v++) {
      // Routes for a day are planned the morning before; the windows are announced in the evening
      // calls. Some customers fix their date and window when they order (SCENARIOS 4).
      if (v === 0 && plan.agreedAhead) {
        addEvent(
          events,
          confirmAt + rng.int(1, 10) * MIN,
          'scheduled',
          'Дата и окно согласованы при заказе',
          day,
        );
      } else if (v === 0 && plan.movedNote) {
        // Planned for the day before, taken off that day's plan in the morning, planned again.
        addEvent(events, cal.at(day - 2, rng.int(540, 600)), 'scheduled', '', day - 1);
        addEvent(events, cal.at(day - 1, rng.int(480, 530)), 'confirmed', plan.movedNote, day);
        addEvent(events, cal.at(day - 1, rng.int(540, 600)), 'scheduled', '', day);
        calls.push({
          at: cal.at(day - 1, rng.int(545, 600)),
          purpose: 'outgoing',
          outcome: 'reschedule',
          note: plan.movedNote,
        });
      } else {
        addEvent(
          events,
          cal.at(day - 1, rng.int(540, 600)),
          'scheduled',
          v === 0 ? '' : 'Повторная доставка',
          day,
        );
      }
      if (callable) confirmationCalls(state, plan, day - 1, calls, 'confirmed');
      addEvent(events, cal.at(day, rng.int(600, 650)), 'out_for_delivery', '', day);
      const w = DELIVERY_WINDOWS[Math.max(0, plan.window)]!;
      const visitAt = cal.at(day, w[2] + rng.int(5, w[3] - w[2] - 5));
      if (v < plan.missedVisits) {
        const override = plan.visits?.[v];
        const note = override?.note ?? rng.pick(MISSED_VISIT_NOTES);
        visits.push({ day, at: visitAt, outcome: override?.outcome ?? 'not_at_home', note });
        addEvent(events, visitAt, 'not_at_home', note, day);
        // Still trying to reach the customer: no new date yet.
        if (plan.awaitingReschedule && v === plan.missedVisits - 1) break;
        day += rng.int(1, 2);
        continue;
      }
      if (plan.outcome === 'lost') {
        // Lost in the service's warehouse: the courier never came to the door.
        finalAt = addEvent(events, cal.at(day + 4, 700), 'lost', 'Курьерская служба потеряла посылку', day);
      } else if (plan.outcome === 'no_contact') {
        const note = plan.visits?.[v]?.note ?? 'По адресу клиента не знают, телефон выключен';
        visits.push({ day, at: visitAt, outcome: 'failed', note });
        addEvent(events, visitAt, 'not_at_home', note, day);
        const cancel = 'Пустой рейс: клиента нет, телефон выключен';
        finalAt = addEvent(events, visitAt + 40 * MIN, 'cancelled', cancel, day);
      } else {
        const status: OrderStatus = plan.outcome === 'returned' ? 'delivered' : plan.outcome;
        visits.push({ day, at: visitAt, outcome: status as VisitOutcome, note: '' });
        finalAt = addEvent(events, visitAt, status, '', day);
      }
    }
    if (callable && rng.chance(0.04)) {
      calls.push({
        at: cal.at(day, rng.int(600, 700)),
        purpose: 'incoming',
        outcome: 'talked',
        note: 'Спрашивали, когда приедет курьер',
      });
    }
  } else if (method === POST) {
    const track = trackingNumber(serial, method);
    addEvent(
      events,
      cal.at(plan.day + 1, rng.int(960, 1080)),
      'out_for_delivery',
      `Отправлено, трек ${track}`,
      day,
    );
    if (plan.outcome === 'lost') {
      // Never reached the customer: no delivery attempt, only the search that ended in 'lost'.
      finalAt = addEvent(events, cal.at(day + 25, 660), 'lost', 'Розыск: почта признала утерю', day);
    } else {
      const refused = plan.outcome === 'refused' || plan.outcome === 'no_contact';
      const at = cal.at(day + (refused ? 30 : 0), rng.int(600, 1140));
      const note = refused ? 'Возврат отправителю: не получена в срок хранения' : '';
      visits.push({ day: day + (refused ? 30 : 0), at, outcome: refused ? 'refused' : 'delivered', note });
      finalAt = addEvent(events, at, refused ? 'refused' : 'delivered', note, day);
    }
  } else {
    addEvent(events, cal.at(day - 1, rng.int(900, 1000)), 'out_for_delivery', 'Передано в пункт выдачи', day);
    const refused = plan.outcome === 'refused' || plan.outcome === 'no_contact' || plan.outcome === 'lost';
    const pickDay = day + (refused ? 7 : rng.int(0, 3));
    const at = cal.at(pickDay, rng.int(600, 1260));
    const outcome: VisitOutcome = refused
      ? 'refused'
      : plan.outcome === 'partly_bought_out'
        ? 'partly_bought_out'
        : 'delivered';
    const note = refused
      ? 'Не забрал за 7 дней хранения'
      : outcome === 'partly_bought_out'
        ? 'Часть заказа оставил в пункте'
        : '';
    visits.push({ day: pickDay, at, outcome, note });
    finalAt = addEvent(events, at, outcome as OrderStatus, note, pickDay);
  }
  if (plan.outcome === 'returned' && finalAt > 0) {
    addEvent(events, finalAt + rng.int(2, 12) * DAY, 'returned', rng.pick(RETURN_REASONS));
  }
  for (const c of plan.extraCalls ?? []) {
    calls.push({ at: cal.at(c.day, c.minute), purpose: c.purpose, outcome: c.outcome, note: c.note });
  }
  return writeOrder(state, plan, serial, events, visits, calls);
}
