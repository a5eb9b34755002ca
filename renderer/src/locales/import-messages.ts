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
  // Refusals of hostile or broken workbooks (shared/contract/import-refusals.ts).
  'This is not a readable Excel file: open it in Excel, save it as .xlsx again (or as CSV) and upload that.':
    'Это не читаемый файл Excel: откройте его в Excel, сохраните заново как .xlsx (или как CSV) и загрузите.',
  'The Excel file has a part with an unsafe name, so it was not opened: save it again from Excel and upload that.':
    'В файле Excel есть часть с опасным именем, поэтому он не открыт: сохраните его заново из Excel и загрузите.',
  'The Excel file has more than 5000 parts: save it again from Excel without attachments, or as CSV.':
    'В файле Excel больше 5000 частей: сохраните его заново из Excel без вложений или как CSV.',
  'The Excel file unpacks to more than 200 MB: split it into smaller files, or save it as CSV.':
    'Файл Excel распаковывается больше чем в 200 МБ: разделите его на файлы поменьше или сохраните как CSV.',
  'The Excel file unpacks to far more than its own size, as a zip bomb does, so it was not opened: save it again from Excel, or as CSV.':
    'Файл Excel распаковывается во много раз больше своего размера, как zip-бомба, поэтому он не открыт: сохраните его заново из Excel или как CSV.',
  'The file is too large to read: split it into smaller files and import them one by one.':
    'Файл слишком большой, чтобы его прочитать: разделите его на файлы поменьше и загрузите их по одному.',
};

export const IMPORT_RU_PATTERNS: Pattern[] = [
  [/^Not a field of (orders|customers)$/, (m) => `Это не поле ${m[1] === 'orders' ? 'заказа' : 'клиента'}`],
  [/^The file has (\d+) columns$/, (m) => `В файле столбцов: ${m[1]}`],
  [/^There is no sheet "(.*)"\.$/, (m) => `Листа «${m[1]}» нет.`],
  [
    /^The sheet has (\d+) columns; at most (\d+) can be imported\. Delete the unused columns to the right of the data and save again\.$/,
    (m) =>
      `На листе столбцов: ${m[1]}; загрузить можно не больше ${m[2]}. Удалите пустые столбцы справа от данных и сохраните файл снова.`,
  ],
  [
    /^The sheet has (\d+) rows; at most (\d+) can be imported\. Delete the unused rows below the data, or split the file\.$/,
    (m) =>
      `На листе строк: ${m[1]}; загрузить можно не больше ${m[2]}. Удалите пустые строки под данными или разделите файл.`,
  ],
  [
    /^The sheet has (\d+) rows of (\d+) columns, too many cells to import: delete the unused rows and columns around the data, or split the file\.$/,
    (m) =>
      `На листе ${m[1]} строк по ${m[2]} столбцов — слишком много ячеек: удалите пустые строки и столбцы вокруг данных или разделите файл.`,
  ],
  [/^The file could not be read as CSV: (.*)$/s, (m) => `Файл не удалось прочитать как CSV: ${m[1]}`],
];
