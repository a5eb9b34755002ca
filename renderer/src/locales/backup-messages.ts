// Main's English sentences about backups, restores and the accountant's export, in Russian
// (merged into server-messages.ts). The restore refusals are electron/core/backup/inspect.ts.

type Pattern = [RegExp, (match: RegExpExecArray) => string];

export const BACKUP_RU_EXACT: Record<string, string> = {
  'The database is being read by another task (an export or an import check); restore again when it is done.':
    'Базу сейчас читает другая задача (выгрузка или проверка импорта); повторите восстановление, когда она закончится.',
  'At least 8 characters': 'Не меньше 8 символов',
  'Pick a backup': 'Выберите резервную копию',
  'At least 1 hour': 'Не меньше 1 часа',
  'At most 30 days': 'Не больше 30 дней',
  'There is no backup at this place.': 'Здесь нет резервной копии: такого файла или папки нет.',
  'This backup folder’s description (manifest.json) is missing or damaged.':
    'Описание этой копии (manifest.json) отсутствует или повреждено.',
  'This file is not a database backup (it is not an SQLite file).':
    'Этот файл — не резервная копия базы данных (это не файл SQLite).',
  'This is a database, but not a ShopDesk one.': 'Это база данных, но не ShopDesk.',
  'The backup folder has no database file.': 'В папке копии нет файла базы данных.',
  'The backup’s database file is cut short or altered (its size or checksum does not match).':
    'Файл базы данных в копии обрезан или изменён (не совпадает размер или контрольная сумма).',
  'This backup is encrypted: enter its passphrase.': 'Эта копия зашифрована: введите её пароль.',
  'The passphrase is wrong for this backup.': 'Пароль не подходит к этой копии.',
  'The encrypted backup is damaged: it does not decrypt completely.':
    'Зашифрованная копия повреждена: она не расшифровывается полностью.',
};

export const BACKUP_RU_PATTERNS: Pattern[] = [
  [
    /^This backup was made by a newer ShopDesk \(schema (\d+); this app knows up to (\d+)\)\. Update the app first\.$/,
    (m) =>
      `Эта копия сделана более новой версией ShopDesk (формат данных ${m[1]}; эта версия знает форматы до ${m[2]}). Сначала обновите программу.`,
  ],
  [/^The backup cannot be opened: (.+)$/s, (m) => `Копию не удаётся открыть: ${m[1]}`],
  [
    /^This backup’s description names a file outside its folder \(“(.*)”\); it is not restored\.$/s,
    (m) => `Описание копии указывает на файл вне её папки («${m[1]}»); такая копия не восстанавливается.`,
  ],
  [
    /^This backup’s database is not laid out the way ShopDesk makes it \((.+) differs\): it was changed outside the app, so it is not restored\.$/s,
    (m) =>
      `Устройство базы в копии не такое, каким его делает ShopDesk (отличается ${m[1]}): её меняли вне программы, поэтому она не восстанавливается.`,
  ],
  [
    /^This backup is missing the evidence file “(.*)” its description lists\.$/s,
    (m) => `В копии нет файла-доказательства «${m[1]}», который указан в её описании.`,
  ],
  [
    /^This backup holds an evidence file its description does not list \(“(.*)”\): it was changed after it was made\.$/s,
    (m) =>
      `В копии есть файл-доказательство, которого нет в её описании («${m[1]}»): копию изменили после создания.`,
  ],
  [
    /^The evidence file “(.*)” in this backup is damaged or altered \(its checksum does not match\)\.$/s,
    (m) => `Файл-доказательство «${m[1]}» в копии повреждён или изменён (не совпадает контрольная сумма).`,
  ],
  [
    /^The backup is damaged \(integrity check: (.+)\)\.$/s,
    (m) => `Копия повреждена (проверка целостности: ${m[1]}).`,
  ],
  [/^The backup is damaged: (.+)$/s, (m) => `Копия повреждена: ${m[1]}`],
  [
    /^A backup is already running; wait for it to finish\.$/,
    () => 'Уже идёт резервное копирование; дождитесь его окончания.',
  ],
  [
    /^A restore is already running; wait for it to finish\.$/,
    () => 'Уже идёт восстановление; дождитесь его окончания.',
  ],
  [
    /^An import is already running; wait for it to finish\.$/,
    () => 'Уже идёт импорт; дождитесь его окончания.',
  ],
  [/^Too small: expected string to have >=?1 characters?$/, () => 'Заполните это поле'],
];
