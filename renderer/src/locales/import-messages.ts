// Main's English sentences about an import, in Russian (merged into server-messages.ts): the
// contract's checks (shared/contract/import.ts) and the file reader's refusals. A problem in a row
// is worded from its code, field and value (features/import/wording.ts), not from these.

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
};

export const IMPORT_RU_PATTERNS: Pattern[] = [
  [/^Not a field of (orders|customers)$/, (m) => `Это не поле ${m[1] === 'orders' ? 'заказа' : 'клиента'}`],
  [/^The file has (\d+) columns$/, (m) => `В файле столбцов: ${m[1]}`],
  [/^There is no sheet "(.*)"\.$/, (m) => `Листа «${m[1]}» нет.`],
  [/^The file is not an Excel workbook \(.*\)\.$/s, () => 'Файл — не книга Excel.'],
  [/^The file could not be read as CSV: (.*)$/s, (m) => `Файл не удалось прочитать как CSV: ${m[1]}`],
];
