import type { attentionEn } from './attention.en';

export const attentionRu: typeof attentionEn = {
  addPrepayment: 'Добавить запись «только предоплата»',
  markDoubtful: 'Отметить как сомнительного',
  markedDoubtful: '{{name}}: отмечен(а) как «Сомнительный».',
  undo: 'Отменить',
  undone: '{{name}}: отметка «Сомнительный» снята.',
  reason: {
    refusedParcels: 'Отказался(ась) или не забрал(а) посылок: {{n}} (порог {{threshold}})',
    lowBuyout:
      'Выкупает только {{rate}} доставленного, завершённых заказов: {{orders}} (минимум {{minimum}})',
  },
  view: {
    label: 'Какие клиенты',
    all: 'Все клиенты',
    attention: 'Ждут решения',
  },
  title: 'Клиенты, перешедшие порог правила',
  hint: 'По ним ещё никто не решил: нет записи «только предоплата» при низком выкупе или отказах, нет отметки «Сомнительный» при инцидентах. Решите здесь в один клик — клиент уйдёт из списка.',
  count: 'Клиентов: {{n}}',
  ruleFilter: 'Правило',
  anyRule: 'Любое правило',
  rule: {
    low_buyout: 'Низкий выкуп',
    refused_parcels: 'Отказы от посылок',
    customer_fault_incidents: 'Инциденты',
  },
  columns: { customer: 'Клиент', reason: 'Почему', action: 'Решение' },
  orders: 'Заказов: {{n}}',
  losses: 'Убытки: {{amount}}',
  empty: 'Ни один клиент не перешёл порог правила — или по каждому уже есть решение.',
  loading: 'Проверяем всех клиентов по правилам…',
  more: 'Показать ещё',
};
