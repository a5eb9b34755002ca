import type { IncidentCause } from '../../../shared/domain/enums';
import { FAR, MOSCOW, MOSCOW_REGION } from './names';
import { BANK, CARD_ONLINE, CHEQUE, COD, FOOT, OWN, SERVICE } from './order-plan';
import { BEHAVIOR } from './state';
import { type Story, series } from './story-types';

// Money and fraud (SCENARIOS 1–3, 6): the cash-on-delivery scam, the personal cheque, the competitor
// posing as a customer, the partial buyer, a blocked customer who came back.

const COMPETITOR_CLAIMS: [IncidentCause, string][] = [
  ['late_delivery', 'Курьер опоздал на 2 минуты — верните деньги за доставку'],
  ['claimed_missing_items', 'В коробке не было инструкции, это некомплект'],
  ['damaged', 'Уголок коробки помят, товар не подарочный'],
  ['promo_terms', 'Где на сайте условия акции? Требую скидку'],
  ['late_delivery', 'Окно было до 14:00, приехали в 14:02'],
  ['delivery_terms_unclear', 'Почему за подъём на этаж отдельная плата?'],
  ['shown_in_stock', 'На сайте было «в наличии», а вы предлагаете аналог'],
  ['late_delivery', 'Опять опоздание, уже третье'],
];

export const MONEY_STORIES: Story[] = [
  {
    name: 'Аркадий',
    sex: 'male',
    region: MOSCOW,
    address: 'г. Москва, ул. Покровка, д. 17, кафе «Ромашка»',
    caution: true,
    behavior: BEHAVIOR.noShow,
    orders: [
      {
        tag: 'arkady',
        daysAgo: 96,
        minute: 640,
        items: [
          ['GS-001', 5],
          ['KL-301', 1],
        ],
        method: OWN,
        payment: COD,
        outcome: 'no_contact',
        lead: 1,
        missed: [
          {
            outcome: 'failed',
            note: 'В кафе Аркадия не знают, телефон выключен; двое незнакомцев предлагали «помочь донести» до машины',
          },
        ],
        calls: [
          {
            day: 0,
            minute: 700,
            purpose: 'incoming',
            outcome: 'talked',
            note: 'Проверял, успеем ли к 15:00',
          },
          {
            day: 0,
            minute: 930,
            purpose: 'incoming',
            outcome: 'talked',
            note: 'Снова спрашивал, точно ли привезут вовремя',
          },
          {
            day: 1,
            minute: 560,
            purpose: 'incoming',
            outcome: 'talked',
            note: 'Третий звонок: «главное — не опоздайте»',
          },
          {
            day: 1,
            minute: 900,
            purpose: 'outgoing',
            outcome: 'no_answer',
            note: 'Водитель на месте, телефон выключен',
          },
        ],
      },
    ],
    incidents: [
      {
        cause: 'cod_fraud',
        order: 'arkady',
        channel: 'courier_report',
        fault: 'third_party',
        status: 'resolved',
        resolution: 'nothing',
        says: 'Звонил несколько раз, проверял, приедем ли вовремя',
        promised: 'Теперь для наложенного платежа от новых клиентов просим второй, городской номер',
        description:
          'Мошенничество с наложенным платежом: дорогой заказ на кафе, где покупателя не знают; телефон выключен, у машины ждали двое «помощников». Водитель уехал с товаром.',
        // The empty trip is the order's failed attempt: a loss line of its own, not typed again.
      },
    ],
    blocks: [
      {
        kind: 'phone',
        action: 'block',
        reason: 'Мошенничество с наложенным платежом («Аркадий», кафе на Покровке)',
        daysAgo: 94,
      },
      {
        kind: 'address',
        action: 'prepayment',
        reason: 'Кафе на Покровке: курьеру предлагали «помочь донести» — только предоплата',
        daysAgo: 94,
      },
    ],
  },
  {
    name: 'Громов Виктор Павлович',
    sex: 'male',
    region: MOSCOW_REGION,
    behavior: BEHAVIOR.normal,
    orders: [
      {
        tag: 'cheque-rush',
        daysAgo: 41,
        items: [
          ['KL-301', 1],
          ['KR-101', 1],
          ['KM-220', 1],
        ],
        method: OWN,
        payment: CHEQUE,
        outcome: 'cancelled',
        comment: 'Срочно, нужно к выходным!',
      },
      {
        tag: 'cheque-pending',
        daysAgo: 1,
        items: [
          ['KR-101', 1],
          ['MT-120', 1],
        ],
        method: OWN,
        payment: CHEQUE,
        outcome: 'delivered',
      },
    ],
    incidents: [
      {
        cause: 'bad_payment',
        order: 'cheque-rush',
        channel: 'phone',
        fault: 'customer',
        status: 'resolved',
        resolution: 'nothing',
        says: 'Заплачу личным чеком, отправьте сегодня же',
        promised: 'Отправим после зачисления чека, около 5 дней',
        description:
          'Крупный срочный заказ с оплатой личным (не банковским) чеком. Ждать зачисления клиент отказался — заказ отменили.',
        costs: [],
      },
    ],
    blocks: [],
  },
  {
    name: 'Семёнов Олег',
    sex: 'male',
    region: MOSCOW,
    caution: true,
    behavior: BEHAVIOR.competitor,
    staffNotes: ['Похоже, владелец магазина-конкурента: копирует наши правила возврата'],
    orders: series(8, (k) => ({
      tag: `competitor-${k}`,
      daysAgo: 290 - k * 34,
      items: [
        ['RN-200', 1],
        ['BT-260', 2],
      ],
      method: FOOT,
      payment: CARD_ONLINE,
      outcome: 'delivered',
      checked: 'yes',
    })),
    incidents: COMPETITOR_CLAIMS.map(([cause, says], k) => ({
      cause,
      order: `competitor-${k}`,
      channel: k % 2 === 0 ? 'phone' : 'email',
      fault: cause === 'late_delivery' ? 'courier' : 'shop',
      status: 'resolved',
      resolution: cause === 'late_delivery' ? 'refund_partial' : 'discount',
      says,
      promised: 'Компенсируем',
      description: 'Очередная претензия клиента, у которого каждый заказ заканчивается инцидентом.',
      costs: [
        [
          cause === 'late_delivery' ? 'refund' : 'compensation',
          25_000 + k * 5_000,
          'Уступили, чтобы закрыть претензию',
        ],
      ],
    })),
    blocks: [
      {
        kind: 'name',
        action: 'caution',
        reason: 'Владелец магазина-конкурента: заказывает, чтобы изучать наши правила',
        daysAgo: 12,
      },
    ],
  },
  {
    name: 'Хабибуллин Ильдар',
    sex: 'male',
    region: FAR,
    address: '420107, г. Казань, ул. Спартаковская, д. 6, кв. 112',
    behavior: BEHAVIOR.partialBuyer,
    staffNotes: [
      'Самые крупные заказы в статистике, но выкупает меньше половины; от предоплаты отказывается',
    ],
    orders: series(10, (k) => ({
      tag: `partial-${k}`,
      daysAgo: 330 - k * 30,
      items: [
        ['KL-301', 1],
        ['AK-936', 1],
        ['KB-801', 2],
        ['KPB-6', 2],
        ['RK-090', 1],
        ['MO-450', 1],
      ],
      method: SERVICE,
      payment: COD,
      outcome: k === 4 ? 'refused' : 'partly_bought_out',
    })),
    incidents: series(10, (k) => k)
      .filter((k) => k !== 4)
      .map((k) => ({
        cause: 'partial_buyout',
        order: `partial-${k}`,
        channel: 'courier_report',
        fault: 'customer',
        status: 'resolved',
        resolution: 'nothing',
        says: 'Остальное не подошло, везите обратно',
        promised: '',
        description:
          'Снова выкуплена малая часть крупного заказа; обратную доставку через курьерскую службу оплачиваем мы.',
      })),
    blocks: [
      {
        kind: 'phone',
        action: 'prepayment',
        reason: 'Выкупает около трети заказа, обратную доставку платим мы. Только предоплата',
        daysAgo: 25,
      },
    ],
  },
  {
    name: 'Алексеева Кристина',
    sex: 'female',
    region: MOSCOW_REGION,
    landline: true,
    behavior: BEHAVIOR.normal,
    orders: [
      {
        tag: 'comeback-0',
        daysAgo: 130,
        items: [
          ['KB-801', 1],
          ['SH-110', 1],
        ],
        method: OWN,
        payment: COD,
        outcome: 'refused',
      },
      {
        tag: 'comeback-1',
        daysAgo: 126,
        items: [['BD-303', 2]],
        method: OWN,
        payment: COD,
        outcome: 'refused',
      },
      {
        tag: 'comeback-2',
        daysAgo: 60,
        items: [['PG-3-74', 3]],
        method: SERVICE,
        payment: CARD_ONLINE,
        outcome: 'delivered',
      },
      {
        tag: 'comeback-3',
        daysAgo: 18,
        items: [
          ['KN-012', 2],
          ['PR-007', 1],
        ],
        method: OWN,
        payment: BANK,
        outcome: 'delivered',
      },
    ],
    incidents: [],
    blocks: [
      {
        kind: 'phone',
        action: 'prepayment',
        reason: 'Два отказа у двери подряд',
        daysAgo: 124,
        lifted: { daysAgo: 92, reason: 'Вернулась через месяц, оплатила заранее, ведёт себя корректно' },
      },
    ],
  },
];
