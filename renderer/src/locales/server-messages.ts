// Main answers in English sentences (the contract carries a code and a message, not a message
// key). Until it carries keys, the messages it is known to send are translated here, matched
// exactly or by pattern; anything unknown is shown as main wrote it rather than hidden.

import { BACKUP_RU_EXACT, BACKUP_RU_PATTERNS } from './backup-messages';
import { IMPORT_RU_EXACT, IMPORT_RU_PATTERNS } from './import-messages';
import { codesRu } from '../../../shared/i18n/codes.ru';

type Pattern = [RegExp, (match: RegExpExecArray) => string];

/** An order status code inside a message of main's, in Russian. */
function status(code: string | undefined): string {
  const names: Record<string, string> = codesRu.orderStatus;
  return code ? (names[code] ?? code) : '';
}

const RU_EXACT: Record<string, string> = {
  'Sign in first.': 'Сначала войдите.',
  'Only the owner can do this.': 'Это может сделать только владелец.',
  'Only an incident by the customer’s fault can be not held against them.':
    'Не ставить в вину клиенту можно только инцидент по вине клиента.',
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
  'Only a parcel sent by post reaches the customer’s city; this order is not one.':
    'В город получателя прибывает только посылка, отправленная почтой; этот заказ не такой.',
  'The input is not valid.': 'Данные введены неверно.',
  'Something went wrong inside ShopDesk. Nothing was lost.':
    'Внутри ShopDesk что-то пошло не так. Ничего не потеряно.',
  'Something went wrong inside ShopDesk after the change was saved. Check the result before doing it again.':
    'Внутри ShopDesk что-то пошло не так уже после сохранения изменения. Проверьте результат, прежде чем повторять.',
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
  // Orders, planning, calls, cash, couriers, printing.
  'Add at least one item': 'Добавьте хотя бы один товар',
  'Name the item': 'Укажите название товара',
  'A whole number': 'Нужно целое число',
  'At least 1': 'Не меньше 1',
  'Not below zero': 'Не меньше нуля',
  'At most 10,000,000 in one amount': 'Не больше 10 000 000 в одной сумме',
  'Remove the invisible control characters': 'Уберите невидимые управляющие символы',
  'Whole minor units only': 'Только целые копейки (центы)',
  'Enter the order number': 'Введите номер заказа',
  'Use a date like 2026-11-24': 'Дата в виде 2026-11-24',
  'The window must end after it starts': 'Окно должно заканчиваться позже, чем начинается',
  'The start is after the end': 'Начало позже конца',
  'A report covers at most 10 years': 'Отчёт охватывает не больше 10 лет',
  'Pick the new date': 'Выберите новую дату',
  'The message is empty': 'Сообщение пустое',
  'Use a time like 19:30': 'Укажите время, например 19:30',
  'A callback time goes with “no answer”, “busy” or “talked” only':
    'Время перезвона указывают только с «Не ответил», «Занято» или «Поговорили»',
  'Say why the amount was wrong': 'Объясните, почему сумма была неверной',
  'This handover was not found.': 'Такая сдача денег не найдена.',
  'This failed delivery attempt was not found.': 'Такая неудачная попытка доставки не найдена.',
  'Pick orders to move': 'Выберите заказы для переноса',
  'Pick a customer that exists.': 'Выберите существующего клиента.',
  'This customer was merged into another; pick that one.':
    'Этот клиент присоединён к другому; выберите того.',
  'Pick an active courier.': 'Выберите работающего курьера.',
  'The order date cannot be after today.': 'Дата заказа не может быть позже сегодняшней.',
  'A window needs a delivery date.': 'Для окна нужна дата доставки.',
  'The total is too large.': 'Слишком большая сумма.',
  'This order was not found.': 'Такой заказ не найден.',
  'This order was changed meanwhile by someone else. Reload it and try again.':
    'Этот заказ за это время изменил кто-то другой. Загрузите его заново и повторите.',
  'This order was changed meanwhile by someone else. Reload it and make your change again.':
    'Этот заказ за это время изменил кто-то другой. Загрузите его заново и внесите изменение ещё раз.',
  'This order is already out for delivery or settled; record an outcome or an incident instead.':
    'Этот заказ уже у курьера или закрыт; запишите итог доставки или инцидент.',
  'Record a partial buyout as a delivery attempt, with the items the customer kept.':
    'Частичный выкуп записывается как попытка доставки, с товарами, которые клиент оставил.',
  'One of the kept items is not in this order.': 'Одного из оставленных товаров нет в этом заказе.',
  'Nothing kept is a refusal, not a partial buyout.':
    'Если ничего не оставлено, это отказ, а не частичный выкуп.',
  'Everything kept is a delivery, not a partial buyout.':
    'Если оставлено всё, это доставка, а не частичный выкуп.',
  'Kept items go only with a partial buyout.': 'Оставленные товары указываются только при частичном выкупе.',
  'The customer asked not to be called.': 'Клиент просил не звонить.',
  'Printing is not available here.': 'Печать здесь недоступна.',
  'The ShopDesk harness is not reachable.': 'Тестовый сервер ShopDesk недоступен.',
  'Calls are accepted only from the ShopDesk window.': 'Запросы принимаются только из окна ShopDesk.',
  // Incidents: logging, decisions, costs, evidence.
  'This incident was not found.': 'Такой инцидент не найден.',
  'This file was not found.': 'Такой файл не найден.',
  'This cost line was not found.': 'Такая строка расходов не найдена.',
  'This cost line is already voided.': 'Эта строка расходов уже аннулирована.',
  'This file was already removed.': 'Этот файл уже убран.',
  'This order does not exist.': 'Такого заказа нет.',
  'This order belongs to another customer.': 'Этот заказ другого клиента.',
  'This customer does not exist.': 'Такого клиента нет.',
  'This courier does not exist.': 'Такого курьера нет.',
  'This date is in the future.': 'Эта дата ещё не наступила.',
  "This order's price was already lowered: that discount is counted once, as less money received. Do not log it again as a cost.":
    'Цена этого заказа уже снижена: скидка учтена один раз, как меньшая полученная сумма. Не вносите её ещё раз расходом.',
  "This order's incident already gives the customer money back: lowering the price too would count the discount twice. Void that cost line first, or keep the price.":
    'По инциденту этого заказа клиенту уже возвращают деньги: снижение цены учло бы скидку дважды. Сначала аннулируйте эту строку расходов или оставьте цену.',
  'This follow-up time has already passed; pick a later one.':
    'Это время уже прошло; выберите более позднее.',
  'This incident was changed meanwhile by someone else. Reload it and make your change again.':
    'Этот инцидент за это время изменил кто-то другой. Загрузите его заново и внесите изменение ещё раз.',
  'Say whom the shop is waiting for.': 'Укажите, кого ждёт магазин.',
  'Say how it was resolved (refund, reship, … or nothing).':
    'Укажите, чем закончилось (возврат денег, повторная отправка… или ничего).',
  'Say why': 'Укажите причину',
  'Enter an amount above zero': 'Введите сумму больше нуля',
  'Whole grams': 'Только целые граммы',
  'The file needs a name': 'У файла должно быть имя',
  'The file is empty': 'Файл пустой',
  'The file is empty.': 'Файл пустой.',
  'The file is larger than 20 MB': 'Файл больше 20 МБ',
  'The file is larger than 20 MB.': 'Файл больше 20 МБ.',
  'The file could not be read': 'Файл не удалось прочитать',
  'The file could not be saved': 'Файл не удалось сохранить',
  ...BACKUP_RU_EXACT,
  ...IMPORT_RU_EXACT,
};

const RU_PATTERNS: Pattern[] = [
  [
    /^“(.+)” is on the blocklist \((block|prepayment)\); only the owner can change or remove it from the customer\.$/,
    (m) =>
      `«${m[1]}» в чёрном списке (${m[2] === 'block' ? 'блокировка' : 'только предоплата'}); изменить или убрать это у клиента может только владелец.`,
  ],
  [
    /^(.+) closed this incident; only the owner can change its status, cause, fault, resolution, people or costs\. Add a note for the owner instead\.$/,
    (m) =>
      `${m[1] === 'The owner' ? 'Владелец' : m[1]} закрыл(а) этот инцидент; менять статус, причину, виновника, решение, участников и расходы может только владелец. Оставьте заметку для владельца.`,
  ],
  [
    /^(\d{4}-\d{2}-\d{2}) has not come yet: record an outcome on the day of the attempt or later\.$/,
    (m) => `${m[1]} ещё не наступило: итог попытки записывают в день попытки или позже.`,
  ],
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
  [/^Outside the shop's delivery hours \((.+)\)\.$/, (m) => `Вне часов доставки магазина (${m[1]}).`],
  [/^Order number (.+) already exists\.$/, (m) => `Заказ с номером ${m[1]} уже есть.`],
  [
    /^An order that is (\w+) cannot become (\w+)\.(?: It can become: (.+)\.)?$/,
    (m) =>
      `Заказ в статусе «${status(m[1])}» нельзя перевести в «${status(m[2])}».` +
      (m[3] ? ` Можно: ${m[3].split(', ').map(status).join(', ')}.` : ''),
  ],
  [
    /^A delivery attempt cannot be recorded for an order that is (\w+)\.$/,
    (m) => `Попытку доставки нельзя записать для заказа в статусе «${status(m[1])}».`,
  ],
  [/^The order is (\w+)\.$/, (m) => `Заказ в статусе «${status(m[1])}».`],
  [
    /^An order that is (\w+) is not on its way by post\.$/,
    (m) => `Заказ в статусе «${status(m[1])}» не в пути по почте.`,
  ],
  [
    /^(\d{4})-(\d\d)-(\d\d) has not come yet: record the day the parcel arrived\.$/,
    (m) => `${m[3]}.${m[2]}.${m[1]} ещё не наступило: укажите день, когда посылка прибыла.`,
  ],
  [
    /^The parcel cannot arrive before it was ordered \((\d{4})-(\d\d)-(\d\d)\)\.$/,
    (m) => `Посылка не может прибыть раньше, чем сделан заказ (${m[3]}.${m[2]}.${m[1]}).`,
  ],
  [/^At most (\d+) of “(.+)” can be kept\.$/, (m) => `«${m[2]}» можно оставить не больше ${m[1]}.`],
  [
    /^This order is refused by the shop's rules: (.+)\.$/,
    (m) =>
      `Правила магазина не пропускают этот заказ: ${m[1]!
        .replace(/\bblocked \(/g, 'заблокирован (')
        .replace(/\bprepayment only \(low_buyout\)/g, 'только предоплата (низкий выкуп)')
        .replace(/\bprepayment only \(/g, 'только предоплата (')}.`,
  ],
  [
    /^(?:Order (.+): )?Paid by a cheque that has not cleared \(expected (\d{4})-(\d\d)-(\d\d)\): mark it paid once it clears, then plan the delivery\.$/,
    (m) =>
      `${m[1] ? `Заказ ${m[1]}: о` : 'О'}плачен чеком, который ещё не зачислен (ожидается ${m[4]}.${m[3]}.${m[2]}): отметьте оплату, когда чек зачислят, и тогда планируйте доставку.`,
  ],
  [
    /^Order (.+) is refused by the shop's rules \((.+)\); the owner can accept it on the order before it is planned\.$/,
    (m) =>
      `Правила магазина не пропускают заказ ${m[1]} (${m[2]}); владелец может принять его на странице заказа, и тогда его можно планировать.`,
  ],
  [
    /^(?:The customer asked not to be called\.|It is (\d\d:\d\d) for the customer, outside their call hours\.) Give a reason to log this call anyway\.$/,
    (m) =>
      `${m[1] ? `У клиента сейчас ${m[1]}, это вне его часов для звонков.` : 'Клиент просил не звонить.'} Укажите причину, чтобы всё же записать звонок.`,
  ],
  [
    /^It is (\d\d:\d\d) for the customer, outside their call hours\.$/,
    (m) => `У клиента сейчас ${m[1]}, это вне его часов для звонков.`,
  ],
  [
    /^Order (.+) was changed meanwhile; reload the plan and move again\.$/,
    (m) => `Заказ ${m[1]} за это время изменили; обновите план и перенесите снова.`,
  ],
  [
    /^Order (.+) is (\w+); only orders not yet out for delivery can be moved\.$/,
    (m) =>
      `Заказ ${m[1]} в статусе «${status(m[2])}»; переносить можно только заказы, ещё не переданные курьеру.`,
  ],
  [/^Order (\d+) was not found\.$/, (m) => `Заказ ${m[1]} не найден.`],
  // Limits the contract writes with a thousands separator ("At most 4,000 characters").
  [/^At most (\d{1,3}(?:,\d{3})+) characters$/, (m) => `Не больше ${m[1]!.replace(/,/g, '\u00a0')} символов`],
  [
    /^The file could not be saved into the data folder \((.+)\)\. Nothing was added\.$/,
    (m) => `Файл не удалось сохранить в папку данных (${m[1]}). Ничего не добавлено.`,
  ],
  [/^The file “(.+)” in the data folder was not found\.$/, (m) => `Файл «${m[1]}» в папке данных не найден.`],
  [
    /^The file “(.+)” changed on disk since it was added; it is not the evidence that was recorded\.$/,
    (m) =>
      `Файл «${m[1]}» изменился на диске после того, как его добавили; это уже не то доказательство, что было записано.`,
  ],
  ...BACKUP_RU_PATTERNS,
  ...IMPORT_RU_PATTERNS,
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
