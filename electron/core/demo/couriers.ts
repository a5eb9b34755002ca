import type { CourierKind } from '../../../shared/domain/enums';
import type { PhoneBook } from './phones';
import type { Rng } from './random';
import { rowId, type DemoStatements } from './statements';

// The shop's couriers, one of every kind (SCENARIOS 12: two drivers plus foot couriers; a
// courier service and the post for the regions; a pickup point for whoever prefers it).

export interface DemoCourier {
  id: number;
  kind: CourierKind;
  name: string;
  /** What one trip costs the shop, kopecks: fuel and time, or the carrier's tariff. */
  cost: number;
  address: string | null;
}

interface CourierSpec {
  name: string;
  kind: CourierKind;
  capacity: number | null;
  cost: number;
  note: string;
  address?: string;
  phone: boolean;
}

const SPECS: CourierSpec[] = [
  {
    name: 'Сергей Волков (Ларгус)',
    kind: 'own_driver',
    capacity: 28,
    cost: 42_000,
    note: 'Юг и запад, крупногабарит берёт всегда',
    phone: true,
  },
  {
    name: 'Дмитрий Орехов (Соболь)',
    kind: 'own_driver',
    capacity: 25,
    cost: 45_000,
    note: 'Север и восток',
    phone: true,
  },
  {
    name: 'Паша Лисицын',
    kind: 'foot_courier',
    capacity: 12,
    cost: 30_000,
    note: 'Пешком и на метро, до 8 кг',
    phone: true,
  },
  {
    name: 'Лена Грачёва',
    kind: 'foot_courier',
    capacity: 10,
    cost: 30_000,
    note: 'Только вечерние окна',
    phone: true,
  },
  {
    name: 'Курьерская служба «Экспресс-М»',
    kind: 'courier_service',
    capacity: null,
    cost: 39_000,
    note: 'Москва, область и регионы; возврат за наш счёт',
    phone: false,
  },
  {
    name: 'Почта России',
    kind: 'post',
    capacity: null,
    cost: 32_000,
    note: 'Регионы, отправка со склада на Каширке',
    phone: false,
  },
  {
    name: 'Пункт выдачи на Профсоюзной',
    kind: 'pickup_point',
    capacity: 40,
    cost: 12_000,
    note: 'Крупногабарит не принимают; хранение 7 дней',
    address: 'г. Москва, Профсоюзная ул., д. 56, пункт выдачи',
    phone: false,
  },
];

/** Index of the courier(s) serving each delivery method, in DELIVERY_METHODS order. */
export const COURIERS_BY_METHOD: readonly (readonly number[])[] = [[0, 1], [2, 3], [4], [5], [6]];
export const DRIVER_A = 0;

export function insertCouriers(
  stmts: DemoStatements,
  rng: Rng,
  phones: PhoneBook,
  createdAt: number,
): DemoCourier[] {
  return SPECS.map((spec) => {
    const phone = spec.phone ? phones.mobile(rng).e164 : null;
    const id = rowId(
      stmts.courier.run(spec.name, spec.kind, phone, spec.capacity, spec.cost, spec.note, createdAt),
    );
    return { id, kind: spec.kind, name: spec.name, cost: spec.cost, address: spec.address ?? null };
  });
}
