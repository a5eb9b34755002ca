import { DRIVER_A } from './couriers';
import { FAR, MOSCOW } from './names';
import { BANK, CARD_ON_DELIVERY, CARD_ONLINE, COD, E_WALLET, FOOT, OWN, PICKUP, POST } from './order-plan';
import { BEHAVIOR } from './state';
import { type Story, series, type StoryOrder } from './story-types';

// Delivery (SCENARIOS 4, 5, 7–9, 12): three visits for one order, the disappearing customer, the
// waybill signed unchecked, the post running late, the parcel lost before a wedding; and a big,
// polite buyer for two kindergartens ("big customers are usually polite").

export const DELIVERY_STORIES: Story[] = [
  {
    name: 'Кузнецова Марина',
    sex: 'female',
    region: MOSCOW,
    behavior: BEHAVIOR.normal,
    orders: [
      {
        tag: 'three-visits',
        daysAgo: 23,
        items: [
          ['KR-101', 1],
          ['KPB-6', 1],
        ],
        method: OWN,
        payment: COD,
        outcome: 'delivered',
        lead: 1,
        missed: [
          { outcome: 'not_at_home', note: 'Клиентки нет по адресу, телефон не отвечает' },
          { outcome: 'rescheduled', note: 'Клиентка сменила адрес — везём на дачу' },
        ],
      },
      {
        tag: 'returned',
        daysAgo: 100,
        items: [
          ['KB-801', 1],
          ['PN-020', 2],
        ],
        method: PICKUP,
        payment: CARD_ONLINE,
        outcome: 'returned',
      },
      // Ordered a few minutes ago: nobody has confirmed it yet.
      {
        tag: 'just-now',
        daysAgo: 0,
        minutesAgo: 4,
        items: [['KPB-6', 1]],
        method: OWN,
        payment: COD,
        outcome: 'delivered',
      },
      // Date and window fixed with her when ordering (she asked for Saturday evening).
      {
        tag: 'agreed',
        daysAgo: 1,
        lead: 4,
        agreedAhead: true,
        items: [['OD-110', 1]],
        method: OWN,
        payment: CARD_ON_DELIVERY,
        outcome: 'delivered',
      },
    ],
    incidents: [
      {
        cause: 'not_at_home',
        order: 'three-visits',
        channel: 'courier_report',
        fault: 'customer',
        status: 'resolved',
        resolution: 'nothing',
        says: 'Извините, была на работе, а потом уехала на дачу',
        promised: 'Привезли с третьего раза',
        description:
          'Три выезда: не было дома, затем смена адреса, затем доставлено. Каждый выезд — расход на топливо.',
        // The two wasted trips are the order's failed attempts, each a loss line of its own.
      },
    ],
    blocks: [],
  },
  {
    name: 'Воробьёва Наталья',
    sex: 'female',
    region: MOSCOW,
    preferredCourier: DRIVER_A,
    deliveryNotes:
      'Пропадает на день-два после заказа. Сначала дозвониться, потом сразу везти — Сергей выезжает сразу после звонка',
    behavior: BEHAVIOR.normal,
    orders: series<StoryOrder>(6, (k) => ({
      tag: `vanishing-${k}`,
      daysAgo: 200 - k * 33,
      items: [
        ['PG-4-60', 2],
        ['VS-472', 2],
      ],
      method: OWN,
      payment: COD,
      outcome: 'delivered',
      missed: k < 2 ? [{ outcome: 'not_at_home', note: 'Снова недоступна, приехали — никого' }] : undefined,
    })).concat({
      // Yesterday's visit missed her again; nobody has reached her since.
      tag: 'vanishing-now',
      daysAgo: 2,
      lead: 1,
      items: [['PG-4-60', 2]],
      method: OWN,
      payment: COD,
      outcome: 'delivered',
      missed: [{ outcome: 'not_at_home', note: 'Не открыла, телефон выключен' }],
      awaitingReschedule: true,
    }),
    incidents: [],
    blocks: [],
  },
  {
    name: 'Орлова Светлана',
    sex: 'female',
    region: MOSCOW,
    behavior: BEHAVIOR.normal,
    orders: [
      {
        tag: 'not-checked',
        daysAgo: 36,
        items: [
          ['KPB-6', 2],
          ['OD-110', 1],
        ],
        method: FOOT,
        payment: CARD_ON_DELIVERY,
        outcome: 'delivered',
        checked: 'refused',
      },
    ],
    incidents: [
      {
        cause: 'complaint_after_not_checking',
        order: 'not-checked',
        daysAgo: 29,
        channel: 'phone',
        fault: 'customer',
        status: 'rejected',
        says: 'Расписалась не глядя, а второго комплекта белья нет. Оплатите обратную доставку',
        promised: 'В накладной её подпись: «товар проверен, претензий нет», отказ от проверки при курьере',
        description: 'Отказалась проверять товар при курьере, через неделю заявила о недовложении.',
      },
    ],
    blocks: [],
  },
  {
    name: 'Лебедева Татьяна',
    sex: 'female',
    region: FAR,
    address: '630099, г. Новосибирск, ул. Советская, д. 18, кв. 7',
    behavior: BEHAVIOR.normal,
    orders: [
      {
        tag: 'post-late',
        daysAgo: 13,
        items: [
          ['PL-L12', 2],
          ['PT-U90', 2],
        ],
        method: POST,
        payment: E_WALLET,
        outcome: 'delivered',
        lead: 15,
      },
    ],
    incidents: [
      {
        cause: 'late_delivery',
        order: 'post-late',
        daysAgo: 3,
        channel: 'email',
        fault: 'carrier',
        status: 'waiting',
        says: 'Прошла неделя сверх срока. Моя сделка с вами, а не с почтой',
        promised:
          'Отправили трек-номер; сообщим, когда посылка придёт в ваш город. Розыск — через месяц после отправки',
        description: 'Почта задерживает посылку в регион.',
      },
    ],
    blocks: [],
  },
  {
    name: 'Соколова Анна',
    sex: 'female',
    region: FAR,
    address: '620014, г. Екатеринбург, ул. Малышева, д. 31, кв. 40',
    behavior: BEHAVIOR.normal,
    orders: [
      {
        tag: 'wedding',
        daysAgo: 80,
        items: [
          ['PL-M12', 2],
          ['PT-140N', 2],
        ],
        method: POST,
        payment: CARD_ONLINE,
        outcome: 'lost',
        comment: 'К свадьбе 14-го!',
      },
    ],
    incidents: [
      {
        cause: 'lost_in_transit',
        order: 'wedding',
        channel: 'email',
        fault: 'carrier',
        status: 'resolved',
        resolution: 'reship',
        says: 'Свадьба через неделю, а посылки нет',
        promised: 'Отправили дубль за свой счёт с ярлыком на возврат первой посылки',
        description:
          'Посылка к свадьбе потерялась на почте. Дубль отправили экспрессом; первая посылка так и не вернулась — убыток приняли.',
        costs: [
          ['reshipment_goods', 1_078_000, 'Дубль: платки с монограммой и полотенца'],
          ['reshipment_delivery', 89_000, 'Экспресс-доставка дубля'],
          ['return_shipping', 32_000, 'Ярлык на возврат первой посылки (не вернулась)'],
        ],
      },
    ],
    blocks: [],
  },
  {
    name: 'Петрова Елена Сергеевна',
    sex: 'female',
    region: MOSCOW,
    vip: true,
    behavior: BEHAVIOR.normal,
    staffNotes: ['Крупные заказы для двух детских садов, всегда вежлива'],
    orders: series(12, (k) => ({
      tag: `vip-${k}`,
      daysAgo: 350 - k * 29,
      items: [
        ['PG-4-60', 6],
        ['VS-472', 6],
        ['KD-100', 3],
      ],
      method: OWN,
      payment: BANK,
      outcome: 'delivered',
    })),
    incidents: [],
    blocks: [],
  },
];
