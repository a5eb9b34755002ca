// Main answers in English sentences (the contract carries a code and a message, not a message
// key). Until it carries keys, the messages it is known to send are translated here, matched
// exactly or by pattern; anything unknown is shown as main wrote it rather than hidden.

type Pattern = [RegExp, (match: RegExpExecArray) => string];

const RU_EXACT: Record<string, string> = {
  'Sign in first.': 'Сначала войдите.',
  'Only the owner can do this.': 'Это может сделать только владелец.',
  'Wrong PIN.': 'Неверный PIN.',
  'The PIN is 4 to 8 digits': 'PIN — от 4 до 8 цифр',
  'Enter a name': 'Введите имя',
  'At most 80 characters': 'Не больше 80 символов',
  'Enter the shop name': 'Введите название магазина',
  'Two capital letters, e.g. RU': 'Две заглавные буквы, например RU',
  'Three capital letters, e.g. RUB': 'Три заглавные буквы, например RUB',
  'Use HH:MM, for example 11:00': 'Формат ЧЧ:ММ, например 11:00',
  'A window must end after it starts': 'Окно должно заканчиваться позже, чем начинается',
  'Keep at least one delivery window': 'Оставьте хотя бы одно окно доставки',
  'Whole minor units only (kopecks, cents)': 'Только целые копейки (центы)',
  'Unknown currency code': 'Неизвестный код валюты',
  'Unknown time zone': 'Неизвестный часовой пояс',
  'This person was not found.': 'Такой сотрудник не найден.',
  'ShopDesk is already set up; sign in instead.': 'ShopDesk уже настроен; просто войдите.',
  'The owner cannot be deactivated.': 'Владельца нельзя отключить.',
  'The owner must keep a PIN.': 'У владельца должен быть PIN.',
  'Demo data goes only into an empty shop; this one already has data.':
    'Демо-данные загружаются только в пустой магазин, а в этом уже есть данные.',
  'This already exists.': 'Такое уже есть.',
  'The input is not valid.': 'Данные введены неверно.',
  'Something went wrong inside ShopDesk. Nothing was lost.':
    'Внутри ShopDesk что-то пошло не так. Ничего не потеряно.',
  'Something went wrong inside ShopDesk. Nothing was lost; try again.':
    'Внутри ShopDesk что-то пошло не так. Ничего не потеряно; попробуйте ещё раз.',
  'Give a reason': 'Укажите причину',
  'Enter what to block': 'Введите, что блокировать',
  'Use a date like 2026-12-31': 'Дата в виде 2026-12-31',
  'There is nothing to match in this value.': 'В этом значении не с чем сравнивать.',
  'The expiry date is already past.': 'Эта дата уже прошла.',
  'This customer was not found.': 'Такой клиент не найден.',
  'This blocklist entry was not found.': 'Такая запись чёрного списка не найдена.',
  'This entry was already lifted.': 'Эта запись уже снята.',
  'This customer already has an exception for this entry.':
    'У этого клиента уже есть исключение из этой записи.',
  'This exception was not found.': 'Такое исключение не найдено.',
  'This exception was already revoked.': 'Это исключение уже отменено.',
  'Only the owner can override the blocklist.': 'Обойти чёрный список может только владелец.',
  'Enter the number': 'Введите номер',
  'Not an e-mail address': 'Это не адрес e-mail',
  'Use HH:MM, for example 10:00': 'Формат ЧЧ:ММ, например 10:00',
  'Write the note': 'Напишите заметку',
  'Pick two different customers': 'Выберите двух разных клиентов',
  'This customer was merged into another; edit that one.':
    'Этот клиент присоединён к другому; изменяйте тот.',
  'One of these customers was already merged.': 'Одна из этих карточек уже объединена с другой.',
  'This courier was not found.': 'Такой курьер не найден.',
  'The ShopDesk harness is not reachable.': 'Тестовый сервер ShopDesk недоступен.',
  'Calls are accepted only from the ShopDesk window.': 'Запросы принимаются только из окна ShopDesk.',
};

const RU_PATTERNS: Pattern[] = [
  [/^Wrong PIN\. Locked for (\d+) s\.$/, (m) => `Неверный PIN. Вход заблокирован на ${m[1]} с.`],
  [
    /^Too many wrong PINs\. Try again in (\d+) s\.$/,
    (m) => `Слишком много неверных PIN. Попробуйте через ${m[1]} с.`,
  ],
  [/^At most (\d+) characters$/, (m) => `Не больше ${m[1]} символов`],
  // zod's own wording for ranges, which the contract uses where it sets no message.
  [/^Too big: expected number to be <=?(-?\d+)$/, (m) => `Не больше ${m[1]}`],
  [/^Too small: expected number to be >=?(-?\d+)$/, (m) => `Не меньше ${m[1]}`],
  [/^Too big: expected string to have <=?(\d+) characters$/, (m) => `Не больше ${m[1]} символов`],
  [/^Too big: expected array to have <=?(\d+) items$/, (m) => `Не больше ${m[1]} элементов`],
  [/^Too small: expected array to have >=?(\d+) items?$/, (m) => `Нужно хотя бы ${m[1]}`],
  [/^Invalid input: expected int, received number$/, () => 'Нужно целое число'],
  [/^There is no "(.+)" action\.$/, (m) => `Действия «${m[1]}» нет.`],
];

export function translateServerMessage(message: string, language: string): string {
  if (language !== 'ru') return message;
  const exact = RU_EXACT[message];
  if (exact) return exact;
  for (const [pattern, render] of RU_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return render(match);
  }
  return message;
}
