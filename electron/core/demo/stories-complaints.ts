import type { IncidentCause } from '../../../shared/domain/enums';
import { FAR, MOSCOW } from './names';
import { CARD_ON_DELIVERY, CARD_ONLINE, COD, FOOT, OWN, POST } from './order-plan';
import { BEHAVIOR } from './state';
import { type Story, series } from './story-types';

// Complaints (SCENARIOS 17–22): three dozen instead of four, the customer's own monogram mistake,
// the fake advert, the endless complainant, the call at 3 a.m.

export const COMPLAINT_STORIES: Story[] = [
  {
    name: 'Зайцева Людмила',
    sex: 'female',
    region: FAR,
    address: '170100, г. Тверь, ул. Радищева, д. 12, кв. 3',
    doubtful: true,
    behavior: BEHAVIOR.complainant,
    staffNotes: ['Фотографировать её посылки перед отправкой и взвешивать'],
    orders: [
      {
        tag: 'dozens',
        daysAgo: 60,
        items: [['PL-L12', 4]],
        method: POST,
        payment: CARD_ONLINE,
        outcome: 'delivered',
        weightG: 5400,
      },
    ],
    incidents: [
      {
        cause: 'claimed_missing_items',
        order: 'dozens',
        channel: 'phone',
        fault: 'customer',
        status: 'resolved',
        resolution: 'reship',
        says: 'Вы прислали три дюжины, а я заказывала четыре',
        promised: 'Дошлём дюжину бесплатно',
        description:
          'Посылка весила 5,4 кг — без четырёх дюжин столько не набрать. Дюжину отправили бесплатно, клиентку отметили «сомнительной».',
        costs: [
          ['reshipment_goods', 199_000, 'Дюжина платков бесплатно'],
          ['reshipment_delivery', 32_000, 'Отправка почтой'],
        ],
        weightG: 5400,
      },
    ],
    blocks: [],
  },
  {
    name: 'Миронова Ольга',
    sex: 'female',
    region: MOSCOW,
    behavior: BEHAVIOR.normal,
    orders: [
      {
        tag: 'monogram',
        daysAgo: 110,
        items: [
          ['PL-M12', 1],
          ['PT-140N', 1],
        ],
        method: FOOT,
        payment: CARD_ONLINE,
        outcome: 'delivered',
        comment: 'Монограмма: Е. А. С.',
      },
    ],
    incidents: [
      {
        cause: 'customer_personalization_error',
        order: 'monogram',
        channel: 'messenger',
        fault: 'customer',
        status: 'resolved',
        resolution: 'remake',
        says: 'Буквы стоят не в том порядке, должно быть С. Е. А.',
        promised: 'Переделаем бесплатно',
        description:
          'Клиентка сама ввела буквы монограммы в неверном порядке. Весь заказ переделали за свой счёт.',
        costs: [
          ['goods_written_off', 349_000, 'Платки с неверной монограммой'],
          ['reshipment_goods', 349_000, 'Переделка'],
          ['reshipment_delivery', 30_000, 'Повторная доставка'],
        ],
      },
    ],
    blocks: [],
  },
  {
    name: 'Рябов Геннадий',
    sex: 'male',
    region: MOSCOW,
    caution: true,
    behavior: BEHAVIOR.complainant,
    orders: [
      {
        tag: 'fake-advert',
        daysAgo: 150,
        items: [['KL-210', 1]],
        method: OWN,
        payment: CARD_ON_DELIVERY,
        outcome: 'delivered',
        checked: 'yes',
      },
    ],
    incidents: [
      {
        cause: 'threat_or_bad_review',
        order: 'fake-advert',
        channel: 'phone',
        fault: 'customer',
        status: 'resolved',
        resolution: 'nothing',
        says: 'Коляска скрипит. Деньги верните, а коляску возвращать не буду. Расскажу всему интернету',
        promised: 'Примем на проверку при возврате товара',
        description:
          'Отказался вернуть товар на проверку, затем разместил фальшивое объявление от имени магазина; два дня операторы отвечали на поток звонков.',
        costs: [['other', 600_000, 'Два дня работы операторов на звонки по фальшивому объявлению']],
      },
    ],
    blocks: [
      {
        kind: 'phone',
        action: 'block',
        reason:
          'Фальшивое объявление от имени магазина. Отказ в обслуживании без объяснения причин (условия, п. 7.3)',
        daysAgo: 146,
      },
      {
        kind: 'name',
        action: 'caution',
        reason: 'Тот же человек может звонить с других номеров',
        daysAgo: 146,
      },
    ],
  },
  {
    name: 'Жукова Элеонора Викторовна',
    sex: 'female',
    region: FAR,
    address: '150000, г. Ярославль, ул. Свободы, д. 5, кв. 21',
    caution: true,
    behavior: BEHAVIOR.complainant,
    orders: series(5, (k) => ({
      tag: `endless-${k}`,
      daysAgo: 250 - k * 45,
      items: [
        ['PL-L12', 1],
        ['PT-U90', 1],
      ],
      method: POST,
      payment: CARD_ONLINE,
      outcome: 'delivered',
    })),
    incidents: (
      [
        'late_delivery',
        'threat_or_bad_review',
        'other',
        'contact_wrong_time',
        'promo_terms',
        'other',
      ] as IncidentCause[]
    ).map((cause, k) => ({
      cause,
      order: k < 5 ? `endless-${k}` : undefined,
      daysAgo: k < 5 ? undefined : 20,
      channel: 'email',
      fault: k === 0 ? 'carrier' : 'customer',
      status: k === 5 ? 'rejected' : 'resolved',
      resolution: 'nothing',
      says: [
        'Где посылка?! Пишу в третий раз за день',
        'Опозорю вас во всех отзывах',
        'Письмо с оскорблениями № 31',
      ][k % 3]!,
      promised: 'Извинились (в тридцатый раз); посылки продолжаем доставлять',
      description: 'Гневные письма по нескольку раз в день, звонки и оскорбления после тридцати извинений.',
      costs: [],
    })),
    blocks: [
      {
        kind: 'phone',
        action: 'block',
        reason:
          'Бесконечные жалобы и оскорбления после тридцати извинений; то, что уже в пути, почта доставит',
        daysAgo: 18,
      },
      {
        kind: 'email',
        action: 'block',
        reason: 'Письма с оскорблениями по нескольку раз в день',
        daysAgo: 18,
      },
    ],
  },
  {
    name: 'Белов Игорь',
    sex: 'male',
    region: MOSCOW,
    doNotCall: true,
    callHours: ['10:00', '19:00'],
    behavior: BEHAVIOR.normal,
    orders: [
      {
        tag: 'night-call',
        daysAgo: 70,
        minute: 170,
        items: [['RK-090', 1]],
        method: OWN,
        payment: COD,
        outcome: 'delivered',
        calls: [
          {
            day: 0,
            minute: 185,
            purpose: 'confirmation',
            outcome: 'confirmed',
            note: 'Подтверждение заказа в 3:05 ночи',
          },
        ],
      },
    ],
    incidents: [
      {
        cause: 'contact_wrong_time',
        order: 'night-call',
        channel: 'phone',
        fault: 'shop',
        status: 'resolved',
        resolution: 'compensation',
        says: 'Вы позвонили мне в три часа ночи!',
        promised: 'Поставили «не звонить» и часы звонков 10:00–19:00',
        description: 'Заказ подтвердили звонком в 3 часа ночи. После этого — отметка «не звонить».',
        costs: [['compensation', 30_000, 'Промокод 300 ₽ за ночной звонок']],
      },
    ],
    blocks: [],
  },
];
