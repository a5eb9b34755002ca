import iconv from 'iconv-lite';
import type { Core } from '../../electron/core/app';
import { Rng } from '../../electron/core/demo/random';

// The benchmark's import file: a shop's history as Excel on a Russian Windows saves it
// (Windows-1251, semicolons, "1 234,50", dd.mm.yyyy, one row per order line, a tenth of the orders
// with two lines), a fifth of it from customers the benchmark shop already has.

const HEADER = [
  'Номер заказа',
  'Дата',
  'Клиент',
  'Телефон',
  'Адрес',
  'Товар',
  'Кол-во',
  'Цена',
  'Доставка',
  'Оплата',
  'Статус',
];
export const MAPPING = {
  number: 0,
  orderedOn: 1,
  customerName: 2,
  customerPhone: 3,
  address: 4,
  itemTitle: 5,
  quantity: 6,
  unitPrice: 7,
  deliveryFee: 8,
  paymentMethod: 9,
  status: 10,
};
const STREETS = ['ул. Ленина', 'Тверская ул.', 'пр. Мира', 'ул. Гагарина', 'Садовая ул.', 'ш. Энтузиастов'];
const GOODS = ['Одеяло детское', 'Подушка', 'Комплект белья', 'Плед', 'Полотенце', 'Матрас в кроватку'];
const NAMES = [
  'Иванова Мария',
  'Петров Пётр',
  'Смирнова Анна',
  'Кузнецов Олег',
  'Попова Ольга',
  'Соколов Илья',
];

const money = (minor: number) => {
  const whole = String(Math.floor(minor / 100)).replace(/\B(?=(\d{3})+$)/g, ' ');
  return minor % 100 === 0 ? whole : `${whole},${String(minor % 100).padStart(2, '0')}`;
};

/** The file's bytes (Windows-1251), and how many orders and rows it holds. */
export function benchImportFile(core: Core, orders: number, prefix: string, seed = 8): Buffer {
  const db = core.ctx!.db;
  const rng = new Rng(seed);
  const known = db
    .prepare(
      `select c.name, p.e164 from customer_phones p join customers c on c.id = p.customer_id
       where p.e164 is not null and c.merged_into_id is null order by p.id limit 6000`,
    )
    .all() as { name: string; e164: string }[];
  const fresh = Array.from({ length: Math.ceil(orders * 0.3) }, (_, i) => ({
    name: `${NAMES[i % NAMES.length]} ${i}`,
    phone: `8 (9${String(10 + (i % 80)).padStart(2, '0')}) ${String(1_000_000 + ((i * 7919) % 8_999_999)).slice(0, 3)}-${String(i % 100).padStart(2, '0')}-${String((i >> 7) % 100).padStart(2, '0')}`,
  }));
  const lines = [HEADER.join(';')];
  for (let n = 0; n < orders; n++) {
    const person =
      n % 5 === 0 && known.length > 0
        ? { name: known[n % known.length]!.name, phone: known[n % known.length]!.e164 }
        : fresh[Math.floor(rng.next() * fresh.length)]!;
    const day = 1 + (n % 28);
    const month = 1 + (Math.floor(n / 28) % 12);
    const status = n % 10 < 7 ? 'Доставлен' : n % 10 < 9 ? 'Новый' : 'Отменён';
    const payment = n % 3 === 0 ? 'Наложенный платёж' : n % 3 === 1 ? 'Карта онлайн' : 'Наличные курьеру';
    const order = [
      `${prefix}-${String(n).padStart(6, '0')}`,
      `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.2025`,
      person.name,
      person.phone,
      `г. Москва, ${STREETS[n % STREETS.length]}, д. ${1 + (n % 120)}, кв. ${1 + (n % 300)}`,
    ];
    const itemLines = n % 10 === 3 ? 2 : 1;
    for (let i = 0; i < itemLines; i++) {
      const price = 50_000 + Math.floor(rng.next() * 500_000);
      lines.push(
        [
          ...order,
          GOODS[(n + i) % GOODS.length],
          String(1 + ((n + i) % 3)),
          money(price),
          n % 4 === 0 ? '0' : '300',
          payment,
          status,
        ].join(';'),
      );
    }
  }
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'win1251');
}
