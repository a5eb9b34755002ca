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
