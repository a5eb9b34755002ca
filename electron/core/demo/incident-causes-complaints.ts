import type { IncidentCause } from '../../../shared/domain/enums';
import type { CauseProfile } from './incident-types';
import { w, roubles, part, CALLS, WRITTEN } from './incident-helpers';

// Complaints about the shop's own promises and manners: prices, stock, promo and delivery terms,
// calls at the wrong time, personalization, payments, threats, unchecked goods, everything else.

export const COMPLAINT_CAUSES: Partial<Record<IncidentCause, CauseProfile>> = {
  price_error: {
    weight: 2,
    pool: 'any',
    withOrder: 0.9,
    channels: w(['phone', 50], ['email', 30], ['review_site', 20]),
    faults: w(['shop', 1]),
    resolutions: w(['discount', 40], ['nothing', 35], ['compensation', 25]),
    costs: (rng, f, full) =>
      full || rng.chance(0.6) ? [['compensation', part(rng, f.itemsTotal, 40, 50), 'Компромисс 50%']] : [],
    says: ['На сайте было 990, продайте по этой цене', 'Цена на сайте — это оферта'],
    promised: [
      'Предложили компромисс: половина разницы',
      'Отложили разговор до понедельника, извинились публично',
    ],
    description: [
      'Ошибка цены на сайте (990 вместо 36 990). Клиент настаивает на продаже по ошибочной цене.',
    ],
  },
  shown_in_stock: {
    weight: 6,
    pool: 'any',
    withOrder: 0.9,
    channels: CALLS,
    faults: w(['shop', 1]),
    resolutions: w(['discount', 50], ['refund_full', 30], ['nothing', 20]),
    costs: (rng, _f, full) =>
      full || rng.chance(0.5) ? [['compensation', roubles(rng, 300, 1500), 'Скидка на похожий товар']] : [],
    says: ['На сайте было «в наличии», а теперь ждать месяц?'],
    promised: ['Предложили похожую модель со скидкой; сроков не обещаем'],
    description: ['Товар отображался в наличии, но на складе его не было.'],
  },
  promo_terms: {
    weight: 5,
    pool: 'any',
    withOrder: 0.7,
    channels: WRITTEN,
    faults: w(['shop', 1]),
    resolutions: w(['compensation', 80], ['nothing', 20]),
    costs: (rng) => [['compensation', roubles(rng, 200, 500), 'Чтобы забрал жалобу']],
    says: ['Промокод не сработал, условия нигде не написаны', 'Сертификат не принимают на акционный товар'],
    promised: ['Начислим 300 ₽ на следующий заказ'],
    description: ['Условия промокода или сертификата не были показаны при оформлении.'],
  },
  delivery_terms_unclear: {
    weight: 4,
    pool: 'any',
    withOrder: 0.8,
    channels: WRITTEN,
    faults: w(['shop', 85], ['customer', 15]),
    resolutions: w(['refund_partial', 40], ['nothing', 40], ['compensation', 20]),
    costs: (rng, f, full) =>
      full || rng.chance(0.5) ? [['refund', Math.max(10_000, f.fee), 'Вернули стоимость доставки']] : [],
    says: [
      'Не было написано, что в пункт выдачи только по предоплате',
      'Доставка в регион дороже, чем на сайте',
    ],
    promised: ['Исправим текст на сайте'],
    description: ['Условия доставки не показаны: предоплата в пункт выдачи, цена доставки в регион.'],
  },
  contact_wrong_time: {
    weight: 4,
    pool: 'any',
    withOrder: 0.5,
    channels: w(['phone', 50], ['email', 40], ['review_site', 10]),
    faults: w(['shop', 1]),
    resolutions: w(['nothing', 60], ['compensation', 40]),
    costs: (rng, _f, full) =>
      full || rng.chance(0.4) ? [['compensation', roubles(rng, 200, 300), 'Извинились промокодом']] : [],
    says: ['Позвонили в 3 часа ночи подтвердить заказ', 'Рассылка каждый день, отпишите меня'],
    promised: ['Поставили «не звонить» и часы звонков'],
    description: ['Звонок или рассылка в неудобное время.'],
  },
  customer_personalization_error: {
    weight: 1,
    pool: 'delivered',
    withOrder: 1,
    channels: WRITTEN,
    faults: w(['customer', 1]),
    resolutions: w(['remake', 1]),
    costs: (rng, f) => [
      ['goods_written_off', part(rng, f.itemsTotal, 40, 100), 'Изделие с неверной монограммой'],
      ['reshipment_goods', part(rng, f.itemsTotal, 40, 100), 'Переделали бесплатно'],
      ['reshipment_delivery', f.trip, 'Доставка переделанного'],
    ],
    says: ['Буквы монограммы не в том порядке'],
    promised: ['Переделаем бесплатно, хотя ошибка в заказе ваша'],
    description: ['Клиент сам ввёл буквы монограммы в неверном порядке; переделали за наш счёт.'],
  },
  bad_payment: {
    weight: 1.5,
    pool: 'prepaid',
    withOrder: 1,
    channels: CALLS,
    faults: w(['customer', 70], ['third_party', 30]),
    resolutions: w(['nothing', 1]),
    costs: (rng, _f, full) =>
      full || rng.chance(0.3) ? [['other', roubles(rng, 150, 600), 'Комиссия банка за возврат платежа']] : [],
    says: ['Заплачу личным чеком, отправьте сегодня'],
    promised: ['Отправим после зачисления (около 5 дней)'],
    description: [
      'Оплата личным чеком вместо банковского; ждём зачисления, отгрузку держим.',
      'Платёж отозван банком.',
    ],
  },
  threat_or_bad_review: {
    weight: 3,
    pool: 'any',
    withOrder: 0.6,
    channels: w(['review_site', 50], ['phone', 25], ['email', 25]),
    faults: w(['customer', 50], ['unknown', 30], ['shop', 20]),
    resolutions: w(['nothing', 70], ['discount', 20], ['compensation', 10]),
    costs: (rng, _f, full) =>
      full || rng.chance(0.25) ? [['compensation', roubles(rng, 500, 3000), 'Скидка за снятие отзыва']] : [],
    says: ['Расскажу всему интернету, какой вы магазин', 'Напишу везде, если не вернёте деньги'],
    promised: ['Ответили на отзыв публично'],
    description: ['Угрозы и негативный отзыв. Угроза сама по себе не повод уступать.'],
  },
  complaint_after_not_checking: {
    weight: 3,
    pool: 'delivered',
    withOrder: 1,
    channels: CALLS,
    faults: w(['customer', 70], ['unknown', 30]),
    resolutions: w(['nothing', 60], ['refund_partial', 25], ['reship', 15]),
    costs: (rng, f, full) =>
      full || rng.chance(0.4) ? [['return_shipping', f.trip, 'Оплатили обратную доставку']] : [],
    says: ['Расписалась не глядя, а внутри не то', 'Через неделю заметила, что не хватает детали'],
    promised: ['В накладной отмечено «товар проверен, претензий нет»'],
    description: ['Клиент не проверил товар при курьере, претензия через неделю.'],
  },
  other: {
    weight: 3,
    pool: 'any',
    withOrder: 0.5,
    channels: w(['phone', 40], ['email', 30], ['in_person', 30]),
    faults: w(['unknown', 50], ['shop', 30], ['customer', 20]),
    resolutions: w(['nothing', 60], ['compensation', 40]),
    costs: (rng, _f, full) =>
      full || rng.chance(0.3) ? [['other', roubles(rng, 100, 2000), 'Прочие расходы']] : [],
    says: ['Хочу поговорить с владельцем'],
    promised: [''],
    description: ['Прочее обращение.'],
  },
};
