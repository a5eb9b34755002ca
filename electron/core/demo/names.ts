import { faker } from '@faker-js/faker/locale/ru';
import type { Rng } from './random';
import { Weighted } from './random';

// People and places for the demo shop. Surnames, patronymics and small-town street names come
// from faker's Russian locale as plain word pools (its own generator is too slow for 200,000
// people); first names are mostly a list of the ones parents of small children really have,
// because faker's list is half Avksentiy and Evpraksiya.

type Sex = 'female' | 'male';

function pool(entry: Partial<Record<Sex, string[]>> | null | undefined, sex: Sex): readonly string[] {
  const list = entry?.[sex];
  if (!list || list.length === 0) throw new Error(`faker ru has no ${sex} names`);
  return list;
}

const person = faker.rawDefinitions.person;
const LAST = { female: pool(person?.last_name, 'female'), male: pool(person?.last_name, 'male') };
const MIDDLE = { female: pool(person?.middle_name, 'female'), male: pool(person?.middle_name, 'male') };
const FAKER_FIRST = { female: pool(person?.first_name, 'female'), male: pool(person?.first_name, 'male') };
const STREET_PARTS: readonly string[] = faker.rawDefinitions.location?.street_name_part ?? ['Садовая'];

const COMMON_FIRST: Record<Sex, readonly string[]> = {
  female: [
    ...['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Екатерина', 'Татьяна', 'Ирина', 'Светлана'],
    ...['Юлия', 'Анастасия', 'Дарья', 'Ксения', 'Алина', 'Марина', 'Евгения', 'Виктория', 'Кристина'],
    ...['Александра', 'Полина', 'Валерия', 'Надежда', 'Людмила', 'Оксана', 'Алёна', 'Вера', 'Софья'],
  ],
  male: [
    ...['Александр', 'Алексей', 'Андрей', 'Дмитрий', 'Сергей', 'Иван', 'Михаил', 'Максим', 'Артём'],
    ...['Никита', 'Павел', 'Роман', 'Евгений', 'Денис', 'Владимир', 'Игорь', 'Константин', 'Антон'],
    ...['Кирилл', 'Олег', 'Илья', 'Николай', 'Виктор', 'Егор', 'Тимур', 'Руслан', 'Вадим'],
  ],
};

export interface PersonName {
  first: string;
  last: string;
  full: string;
  sex: Sex;
}

/** How operators actually type names: surname first mostly, sometimes only a first name. */
const NAME_SHAPE = new Weighted([
  ['last first', 52],
  ['first last', 26],
  ['last first middle', 14],
  ['first', 8],
] as const);

export function personName(rng: Rng, sex: Sex = rng.chance(0.62) ? 'female' : 'male'): PersonName {
  const first = rng.chance(0.93) ? rng.pick(COMMON_FIRST[sex]) : rng.pick(FAKER_FIRST[sex]);
  const last = rng.pick(LAST[sex]);
  const shape = NAME_SHAPE.sample(rng);
  const full =
    shape === 'last first'
      ? `${last} ${first}`
      : shape === 'first last'
        ? `${first} ${last}`
        : shape === 'last first middle'
          ? `${last} ${first} ${rng.pick(MIDDLE[sex])}`
          : first;
  return { first, last, full, sex };
}

const MOSCOW_STREETS = [
  ...['Профсоюзная ул.', 'Ленинский пр-т', 'Тверская ул.', 'Кутузовский пр-т', 'ул. Бутлерова'],
  ...['ул. Вавилова', 'Варшавское ш.', 'Марксистская ул.', 'Мичуринский пр-т', 'ул. Академика Королёва'],
  ...['Дмитровское ш.', 'Большая Черкизовская ул.', 'ул. Удальцова', 'пр-т Мира', 'ул. Покровка'],
  ...['Люблинская ул.', 'Братиславская ул.', 'Каширское ш.', 'ул. Генерала Белова', 'Ореховый б-р'],
  ...['Митинская ул.', 'ул. Твардовского', 'ул. Лобачевского', 'Волгоградский пр-т', 'Таганская ул.'],
  ...['ул. Шаболовка', 'Рязанский пр-т', 'Зеленодольская ул.', 'ул. Маршала Жукова', 'Щёлковское ш.'],
  ...['ул. Новаторов', 'Нахимовский пр-т', 'ул. Обручева', 'Севастопольский пр-т', 'ул. Миклухо-Маклая'],
  ...['ул. Гарибальди', 'Алтуфьевское ш.', 'ул. Декабристов', 'Бескудниковский б-р', 'ул. Верхние Поля'],
];
const MOSCOW_REGION_TOWNS = [
  ...['Химки', 'Мытищи', 'Балашиха', 'Подольск', 'Королёв', 'Люберцы', 'Красногорск', 'Одинцово'],
  ...['Реутов', 'Долгопрудный', 'Видное', 'Щёлково', 'Домодедово', 'Лобня', 'Железнодорожный'],
];

/** Far-away customers (post and courier services); the zone is what their call hours mean. */
export const FAR_CITIES: readonly { city: string; zone: string; index: number }[] = [
  { city: 'Тверь', zone: 'Europe/Moscow', index: 170000 },
  { city: 'Тула', zone: 'Europe/Moscow', index: 300000 },
  { city: 'Рязань', zone: 'Europe/Moscow', index: 390000 },
  { city: 'Калуга', zone: 'Europe/Moscow', index: 248000 },
  { city: 'Ярославль', zone: 'Europe/Moscow', index: 150000 },
  { city: 'Владимир', zone: 'Europe/Moscow', index: 600000 },
  { city: 'Нижний Новгород', zone: 'Europe/Moscow', index: 603000 },
  { city: 'Казань', zone: 'Europe/Moscow', index: 420000 },
  { city: 'Санкт-Петербург', zone: 'Europe/Moscow', index: 190000 },
  { city: 'Воронеж', zone: 'Europe/Moscow', index: 394000 },
  { city: 'Краснодар', zone: 'Europe/Moscow', index: 350000 },
  { city: 'Самара', zone: 'Europe/Samara', index: 443000 },
  { city: 'Екатеринбург', zone: 'Asia/Yekaterinburg', index: 620000 },
  { city: 'Челябинск', zone: 'Asia/Yekaterinburg', index: 454000 },
  { city: 'Уфа', zone: 'Asia/Yekaterinburg', index: 450000 },
  { city: 'Новосибирск', zone: 'Asia/Novosibirsk', index: 630000 },
];

export type Region = 0 | 1 | 2;
export const MOSCOW: Region = 0;
export const MOSCOW_REGION: Region = 1;
export const FAR: Region = 2;

export interface Address {
  text: string;
  /** Time zone of a far-away customer; null means the shop's own. */
  zone: string | null;
}

function house(rng: Rng): string {
  const building = rng.int(1, rng.chance(0.7) ? 60 : 180);
  const korpus = rng.chance(0.25) ? `, корп. ${rng.int(1, 5)}` : '';
  return `д. ${building}${korpus}`;
}

function flat(rng: Rng): string {
  return rng.chance(0.94) ? `, кв. ${rng.int(1, 420)}` : '';
}

export function address(rng: Rng, region: Region): Address {
  if (region === MOSCOW) {
    return { text: `г. Москва, ${rng.pick(MOSCOW_STREETS)}, ${house(rng)}${flat(rng)}`, zone: null };
  }
  if (region === MOSCOW_REGION) {
    const town = rng.pick(MOSCOW_REGION_TOWNS);
    return {
      text: `Московская обл., г. ${town}, ул. ${rng.pick(STREET_PARTS)}, ${house(rng)}${flat(rng)}`,
      zone: null,
    };
  }
  const city = rng.pick(FAR_CITIES);
  const postcode = city.index + rng.int(1, 199);
  return {
    text: `${postcode}, г. ${city.city}, ул. ${rng.pick(STREET_PARTS)}, ${house(rng)}${flat(rng)}`,
    zone: city.zone === 'Europe/Moscow' ? null : city.zone,
  };
}

const TRANSLIT: Record<string, string> = {
  ...{ а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y' },
  ...{ к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f' },
  ...{ х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' },
};

export function translit(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += TRANSLIT[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '');
  return out;
}

const EMAIL_DOMAINS = new Weighted([
  ['mail.ru', 34],
  ['yandex.ru', 30],
  ['gmail.com', 24],
  ['ya.ru', 5],
  ['bk.ru', 4],
  ['list.ru', 3],
] as const);

/** A believable address that is still unique: the serial number keeps namesakes apart. */
export function email(rng: Rng, name: PersonName, serial: number): string {
  const first = translit(name.first);
  const last = translit(name.last);
  const login = rng.chance(0.5) ? `${last}.${first.charAt(0)}${serial}` : `${first}.${last}${serial}`;
  return `${login}@${EMAIL_DOMAINS.sample(rng)}`;
}
