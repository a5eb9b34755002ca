import type { Language } from '../../../shared/domain/settings';

// Column headers of the accountant's export, in the shop's language.

const en = {
  sheets: { summary: 'Summary', orders: 'Orders', losses: 'Refunds and losses', cash: 'Courier cash' },
  /** The label of each sheet's totals row (XLSX). */
  total: 'Total',
  summary: [
    'Month',
    'Orders',
    'Orders total',
    'Amount received',
    'Losses',
    'Recovered',
    'Net loss',
    'Cash discrepancy',
  ],
  orders: [
    'Number',
    'Ordered on',
    'Customer',
    'Items',
    'Delivery fee',
    'Total',
    'Payment method',
    'Payment status',
    'Amount received',
    'Paid on',
    'Status',
    'Delivery date',
  ],
  losses: [
    'Incident',
    'Happened on',
    'Cause',
    'Fault',
    'Status',
    'Customer',
    'Order',
    'Cost line',
    'Cost',
    'Recovered',
    'Note',
    'Line dated',
  ],
  cash: ['Day', 'Courier', 'Expected', 'Handed over', 'Discrepancy', 'Note'],
};
export type ExportLabels = typeof en;

const ru: ExportLabels = {
  sheets: { summary: 'Итоги', orders: 'Заказы', losses: 'Возвраты и потери', cash: 'Касса курьеров' },
  total: 'Итого',
  summary: [
    'Месяц',
    'Заказов',
    'Сумма заказов',
    'Получено',
    'Потери',
    'Возмещено',
    'Чистые потери',
    'Расхождение кассы',
  ],
  orders: [
    'Номер',
    'Дата заказа',
    'Клиент',
    'Товары',
    'Доставка',
    'Итого',
    'Способ оплаты',
    'Статус оплаты',
    'Получено',
    'Дата оплаты',
    'Статус',
    'Дата доставки',
  ],
  losses: [
    'Инцидент',
    'Дата',
    'Причина',
    'Вина',
    'Статус',
    'Клиент',
    'Заказ',
    'Статья',
    'Расход',
    'Возмещено',
    'Примечание',
    'Дата строки',
  ],
  cash: ['День', 'Курьер', 'Ожидалось', 'Сдано', 'Расхождение', 'Примечание'],
};

export const exportLabels = (language: Language): ExportLabels => (language === 'ru' ? ru : en);
