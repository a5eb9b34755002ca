// Main's English sentences about an import, in Russian (merged into server-messages.ts): the
// contract's checks (shared/contract/import.ts), the file reader's refusals, and the problems
// whose code alone says too little (electron/core/import: values.ts, rows-orders.ts, row-parts.ts).

type Pattern = [RegExp, (match: RegExpExecArray) => string];

export const IMPORT_RU_EXACT: Record<string, string> = {
  'Upload the file again': 'Загрузите файл ещё раз',
  'The file needs a name': 'У файла должно быть имя',
  'The file is empty': 'Файл пустой',
  'The file is larger than 23 MB': 'Файл больше 23 МБ',
  'Pick the column with the order number': 'Укажите столбец с номером заказа',
  'Pick the column with the phone or e-mail': 'Укажите столбец с телефоном или e-mail',
  'Pick the column with the price or the order total': 'Укажите столбец с ценой или суммой заказа',
  'Pick a column, or a value for every order': 'Укажите столбец или одно значение для всех заказов',
  'At most 500 values': 'Не больше 500 значений',
  'The file could not be read.': 'Файл не удалось прочитать.',
  'The file is empty.': 'Файл пустой.',
  'The file is larger than 23 MB.': 'Файл больше 23 МБ.',
  'This is an old Excel file (.xls): save it as .xlsx or CSV and upload that.':
    'Это старый файл Excel (.xls): сохраните его как .xlsx или CSV и загрузите снова.',
  'This upload is gone; upload the file again.': 'Загруженного файла больше нет; загрузите его ещё раз.',
  'The uploaded file changed on disk; upload it again.':
    'Загруженный файл изменился на диске; загрузите его ещё раз.',
  'The workbook has no sheets.': 'В книге нет листов.',
  'No phone or e-mail: the customer cannot be found or created.':
    'Нет телефона или e-mail: клиента нельзя ни найти, ни создать.',
  'No price for this line.': 'В строке нет цены.',
  'No item name or SKU for this line.': 'В строке нет названия товара или артикула.',
  'No order total.': 'Нет суммы заказа.',
  'No value, and no value for every order was given.': 'Значения нет, и значение для всех заказов не задано.',
  'No order number.': 'Нет номера заказа.',
  'The total is less than the delivery fee.': 'Сумма заказа меньше стоимости доставки.',
  'The total is too large.': 'Сумма слишком большая.',
  'A window needs a delivery date.': 'Для окна доставки нужна дата доставки.',
};

export const IMPORT_RU_PATTERNS: Pattern[] = [
  [/^Not a field of (orders|customers)$/, (m) => `Это не поле ${m[1] === 'orders' ? 'заказа' : 'клиента'}`],
  [/^The file has (\d+) columns$/, (m) => `В файле столбцов: ${m[1]}`],
  [/^There is no sheet "(.*)"\.$/, (m) => `Листа «${m[1]}» нет.`],
  [/^The file is not an Excel workbook \(.*\)\.$/s, () => 'Файл — не книга Excel.'],
  [/^The file could not be read as CSV: (.*)$/s, (m) => `Файл не удалось прочитать как CSV: ${m[1]}`],
  [
    /^The total (.+) is not the lines plus delivery\.$/,
    (m) => `Сумма ${m[1]} не равна сумме позиций и доставки.`,
  ],
  [/^Outside the shop's delivery hours \((.+)\)\.$/, (m) => `Вне часов доставки магазина (${m[1]}).`],
  [/^(.+) is not an amount\.$/, (m) => `«${m[1]}» — не сумма.`],
  [
    /^(.+) can be read two ways; write it as (.+) or with two decimals\.$/,
    (m) => `«${m[1]}» можно прочитать двумя способами; напишите ${m[2]} или с двумя знаками после запятой.`,
  ],
  [
    /^(.+) has more decimals than the currency \((.+)\) allows, or is too large\.$/,
    (m) => `В «${m[1]}» больше знаков после запятой, чем у валюты (${m[2]}), или число слишком большое.`,
  ],
  [/^(.+) is not a whole number of pieces\.$/, (m) => `«${m[1]}» — не целое число штук.`],
  [/^(.+): between 1 and 100,000 pieces\.$/, (m) => `«${m[1]}»: от 1 до 100 000 штук.`],
  [
    /^(.+) is not a delivery window \(use 11:00-14:00\)\.$/,
    (m) => `«${m[1]}» — не окно доставки (пишите 11:00-14:00).`,
  ],
  [
    /^(.+): the window must end after it starts\.$/,
    (m) => `«${m[1]}»: окно должно заканчиваться позже, чем начинается.`,
  ],
];
