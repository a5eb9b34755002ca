import { describe, expect, it } from 'vitest';
import { addressKey, emailKey, emailLooseKey, nameKey } from '../../shared/domain/normalize';

describe('address keys: one building however it is written', () => {
  const same: [string, string][] = [
    ['ул. Ленина, д. 5, кв. 12', 'улица Ленина дом 5 квартира 12'],
    ['Ул.Лёнина д.5 кв.12', 'ул ленина, д 5, кв 12'],
    ['г. Москва, пр. Мира, 10 к. 2', 'город Москва проспект Мира 10 корпус 2'],
    ['12 Baker St., Apt. 4', '12 baker street apartment 4'],
    // Latin look-alikes typed inside a Russian address (a keyboard layout slip).
    ['ул. Мира, д. 7', 'ул. Mиpa, д. 7'],
  ];
  it.each(same)('%s = %s', (a, b) => expect(addressKey(a)).toBe(addressKey(b)));

  it('keeps different buildings apart', () => {
    expect(addressKey('ул. Ленина, д. 5')).not.toBe(addressKey('ул. Ленина, д. 15'));
    expect(addressKey('ул. Ленина, д. 5, кв. 1')).not.toBe(addressKey('ул. Ленина, д. 5, кв. 12'));
  });
});

describe('name keys', () => {
  const same: [string, string][] = [
    ['Аркадий Семёнов', 'аркадий семенов'],
    ['  АРКАДИЙ   СЕМЕНОВ ', 'Аркадий Семенов'],
    ['Аркадий Семенов', 'Aркадий Cеменов'], // Latin А and С
    ['Mary-Ann Smith', 'mary ann smith'],
  ];
  it.each(same)('%s = %s', (a, b) => expect(nameKey(a)).toBe(nameKey(b)));
  it('keeps other names apart', () =>
    expect(nameKey('Аркадий Семенов')).not.toBe(nameKey('Аркадий Семёнович')));
});

describe('e-mail keys', () => {
  it('ignores case and surrounding spaces', () =>
    expect(emailKey(' Arkady@Mail.RU ')).toBe('arkady@mail.ru'));
  it('loosely ignores dots and +tags in the mailbox', () => {
    expect(emailLooseKey('ar.kady+shop@gmail.com')).toBe(emailLooseKey('arkady@gmail.com'));
    expect(emailLooseKey('arkady@gmail.com')).not.toBe(emailLooseKey('arkady@yandex.ru'));
  });
});
