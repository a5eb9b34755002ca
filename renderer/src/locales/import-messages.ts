// Main's English sentences about an import, in Russian (merged into server-messages.ts): the
// contract's checks (shared/contract/import.ts) and the file reader's refusals.

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
};

export const IMPORT_RU_PATTERNS: Pattern[] = [
  [/^Not a field of (orders|customers)$/, (m) => `Это не поле ${m[1] === 'orders' ? 'заказа' : 'клиента'}`],
];
