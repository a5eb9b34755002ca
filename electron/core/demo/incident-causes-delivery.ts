import type { IncidentCause } from '../../../shared/domain/enums';
import type { CauseProfile, CostLine } from './incident-types';
import { w, roubles, part, CALLS, WRITTEN, COURIER } from './incident-helpers';

// Trouble on the way to the customer: fraud at the door, refusals, missed visits, late, damaged,
// wrong or missing items, lost parcels.

export const DELIVERY_CAUSES: Partial<Record<IncidentCause, CauseProfile>> = {
  cod_fraud: {
    weight: 1,
    pool: 'noContact',
    withOrder: 1,
    channels: COURIER,
    faults: w(['third_party', 70], ['customer', 30]),
    resolutions: w(['nothing', 1]),
    // The wasted trip is the order's failed attempt, a loss line of its own (attempt_losses):
    // an "extra delivery" line here would count it twice.
    costs: () => [],
    says: ['Звонил трижды, проверял, успеем ли ко времени'],
    promised: ['Наложенным платежом больше не отправляем, только предоплата'],
    description: [
      'Заказ наложенным платежом на кафе; по адресу покупателя не знают, телефон выключен, двое незнакомцев предлагали «помочь донести» до машины. Водитель уехал с товаром.',
      'Дорогой заказ с оплатой при получении на офис, где о покупателе не слышали. Телефон недоступен.',
    ],
  },
  refusal_at_door: {
    weight: 10,
    pool: 'refused',
    withOrder: 1,
    channels: COURIER,
    faults: w(['customer', 85], ['unknown', 15]),
    resolutions: w(['nothing', 1]),
    // The trip to the door is the refused attempt's own loss line (attempt_losses).
    costs: () => [],
    says: ['Передумала, уже купили в магазине', 'Не нужно, ошибся с заказом', 'Дорого с доставкой'],
    promised: [''],
    description: [
      'Отказ при получении без объяснений.',
      'Клиент отказался от заказа у двери, курьер вернул товар на склад.',
    ],
  },
  partial_buyout: {
    weight: 8,
    pool: 'partly',
    withOrder: 1,
    channels: COURIER,
    faults: w(['customer', 90], ['unknown', 10]),
    resolutions: w(['nothing', 1]),
    costs: (rng, f) => [
      [
        'return_shipping',
        Math.max(f.trip, part(rng, f.returnedValue, 3, 8)),
        'Обратная доставка невыкупленного',
      ],
    ],
    says: ['Остальное не подошло', 'Взяла только то, что нужно сейчас'],
    promised: [''],
    description: ['Выкупили часть заказа, остальное курьер вернул. Обратную доставку оплачиваем мы.'],
  },
  not_at_home: {
    weight: 14,
    pool: 'missed',
    withOrder: 1,
    channels: COURIER,
    faults: w(['customer', 80], ['courier', 10], ['unknown', 10]),
    resolutions: w(['nothing', 80], ['reship', 20]),
    // Each missed visit is a failed attempt with its cost, counted as a loss of its own
    // (attempt_losses); the incident lists them rather than typing them again.
    costs: () => [],
    says: ['Была на работе, забыла', 'Сменился адрес, не успела сказать'],
    promised: ['Привезём повторно в удобное окно'],
    description: [
      'Клиента не было по адресу, телефон не отвечал. Повторная доставка.',
      'Не открыли дверь; перенесли доставку.',
    ],
  },
  late_delivery: {
    weight: 12,
    pool: 'delivered',
    withOrder: 0.95,
    channels: CALLS,
    faults: w(['courier', 50], ['carrier', 30], ['shop', 15], ['unknown', 5]),
    resolutions: w(['refund_partial', 30], ['discount', 30], ['compensation', 15], ['nothing', 25]),
    costs: (rng, f, full) => {
      const lines: CostLine[] = [
        ['refund', Math.max(10_000, part(rng, f.fee || f.itemsTotal, 10, 100)), 'Вернули стоимость доставки'],
      ];
      if (full || rng.chance(0.2))
        lines.push(['compensation', roubles(rng, 200, 500), 'Промокод за опоздание']);
      return lines;
    },
    says: [
      'Курьер опоздал на 2 минуты, верните деньги',
      'Ждали весь вечер, окно сорвали',
      'Моя сделка с вами, а не с почтой',
    ],
    promised: [
      'Вернём стоимость доставки',
      'Отправили трек-номер, сообщим, когда посылка придёт в ваш город',
    ],
    description: ['Доставка позже обещанного окна.', 'Почта задержала посылку; клиент требует компенсацию.'],
  },
  claimed_missing_items: {
    weight: 6,
    pool: 'delivered',
    withOrder: 1,
    channels: CALLS,
    faults: w(['unknown', 50], ['customer', 25], ['shop', 25]),
    resolutions: w(['reship', 50], ['refund_partial', 30], ['nothing', 20]),
    costs: (rng, f, full) => {
      const goods = part(rng, f.itemsTotal, 15, 40);
      return full || rng.chance(0.6)
        ? [
            ['reshipment_goods', goods, 'Дослали недостающее'],
            ['reshipment_delivery', f.trip, 'Отдельная доставка'],
          ]
        : [['refund', goods, 'Вернули за недостающее']];
    },
    says: ['В коробке не хватает одной позиции', 'Прислали три дюжины, а я заказывала четыре'],
    promised: ['Проверим по весу посылки и перезвоним'],
    description: ['Клиент сообщил о недовложении. Вес посылки по накладной сверили.'],
  },
  damaged: {
    weight: 7,
    pool: 'delivered',
    withOrder: 1,
    channels: w(['phone', 50], ['messenger', 35], ['email', 15]),
    faults: w(['courier', 35], ['carrier', 40], ['shop', 15], ['unknown', 10]),
    resolutions: w(['reship', 55], ['refund_full', 20], ['discount', 25]),
    costs: (rng, f, full) => {
      const goods = part(rng, f.itemsTotal, 20, 60);
      const lines: CostLine[] = [['goods_written_off', goods, 'Повреждённый товар списан']];
      if (full || rng.chance(0.6))
        lines.push(['reshipment_goods', goods, 'Замена'], ['reshipment_delivery', f.trip, 'Доставка замены']);
      if (full || rng.chance(0.25))
        lines.push(['recovery', part(rng, goods, 30, 100), 'Перевозчик возместил по претензии']);
      return lines;
    },
    says: ['Коробка помята, колесо коляски треснуло', 'Бутылочка пришла разбитой'],
    promised: ['Заменим за наш счёт'],
    description: ['Товар повреждён при доставке; фото от клиента приложены.'],
  },
  wrong_item_sent: {
    weight: 5,
    pool: 'delivered',
    withOrder: 1,
    channels: CALLS,
    faults: w(['shop', 90], ['unknown', 10]),
    resolutions: w(['reship', 80], ['refund_full', 20]),
    costs: (rng, f) => [
      ['reshipment_delivery', f.trip, 'Доставка правильного товара'],
      ['return_shipping', f.trip, 'Забрали неверный товар'],
      // The customer was out when the right one came: a second trip no delivery attempt records.
      ...(rng.chance(0.25)
        ? ([['extra_delivery', f.trip, 'Второй выезд: не застали с обменом']] as CostLine[])
        : []),
      ...(rng.chance(0.2)
        ? ([
            ['goods_written_off', part(rng, f.itemsTotal, 10, 30), 'Вскрытую упаковку не продать'],
          ] as CostLine[])
        : []),
    ],
    says: ['Заказывала размер 4, пришёл 3', 'Не тот цвет'],
    promised: ['Привезём правильный и заберём этот'],
    description: ['Склад собрал не ту позицию.'],
  },
  lost_in_transit: {
    weight: 3,
    pool: 'lost',
    withOrder: 1,
    channels: WRITTEN,
    faults: w(['carrier', 90], ['unknown', 10]),
    resolutions: w(['reship', 70], ['refund_full', 30]),
    costs: (rng, f, full) => {
      const lines: CostLine[] = [
        ['reshipment_goods', f.itemsTotal, 'Отправили повторно за свой счёт'],
        ['reshipment_delivery', f.trip, 'Повторная отправка'],
      ];
      if (full || rng.chance(0.4))
        lines.push(['recovery', part(rng, f.itemsTotal, 20, 100), 'Почта возместила по розыску']);
      return lines;
    },
    says: ['Посылка к свадьбе так и не пришла', 'Трек не обновляется три недели'],
    promised: ['Розыск можно открыть через месяц после отправки; дубль отправляем сейчас'],
    description: ['Посылка утеряна перевозчиком. Отправлен дубль с ярлыком на возврат.'],
  },
  delivered_not_received: {
    weight: 3,
    pool: 'delivered',
    withOrder: 1,
    channels: CALLS,
    faults: w(['unknown', 60], ['carrier', 30], ['third_party', 10]),
    resolutions: w(['reship', 60], ['refund_full', 20], ['nothing', 20]),
    costs: (rng, f) => [
      ['reshipment_goods', f.itemsTotal, 'Повторная отправка: по треку вручено, клиент не получал'],
      ['reshipment_delivery', f.trip, 'Доставка дубля'],
    ],
    says: ['По треку вручено, но мне ничего не приходило'],
    promised: ['Небольшой заказ — отправим повторно; крупные теперь только с подписью'],
    description: ['Трек показывает «вручено», клиент заказ не получал.'],
  },
};
