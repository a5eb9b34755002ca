import type { Messages } from './en';
import { accountantRu, auditRu, backupRu, settingsNavRu } from './backup.ru';
import { blocklistRu } from './blocklist.ru';
import { callDeskRu, cardRu } from './calldesk.ru';
import { codesRu } from '../../../shared/i18n/codes.ru';
import { attentionRu } from './attention.ru';
import { customersRu } from './customers.ru';
import { importRu, importSettingsNavRu } from './import.ru';
import { followUpsRu } from './followups.ru';
import { incidentsRu } from './incidents.ru';
import { ordersRu } from './orders.ru';
import { reportsRu } from './reports.ru';
import { couriersRu, planRu, printRu } from './plan.ru';

// Russian interface text. Typed as the English messages: every key must be here, no extras.
// Counts are written "Клиенты: 120" style, so no plural forms are needed.

export const ru: Messages = {
  app: { name: 'ShopDesk' },
  common: {
    loading: 'Загрузка…',
    cancel: 'Отмена',
    save: 'Сохранить',
    tryAgain: 'Повторить',
    language: 'Язык',
    nothingFound: 'Ничего не найдено',
    readAs: 'Читается как {{amount}}.',
  },
  languages: { en: 'English', ru: 'Русский' },
  roles: { owner: 'Владелец', operator: 'Оператор' },
  errors: {
    failedTitle: 'Не получилось',
    refusedTitle: 'Нет доступа',
    unexpected: 'Внутри ShopDesk что-то пошло не так. Ничего не потеряно; попробуйте ещё раз.',
  },
  validation: {
    enterName: 'Введите имя',
    enterShopName: 'Введите название магазина',
    maxLength: 'Не больше {{max}} символов',
    pinFormat: 'PIN — от 4 до 8 цифр',
    pinsDiffer: 'PIN-коды не совпадают',
    chooseCountry: 'Выберите страну',
    chooseCurrency: 'Выберите валюту',
    wholeNumber: 'Введите целое число, например 5',
    time: 'Формат ЧЧ:ММ, например 11:00',
    amount: 'Введите сумму, например 15000 или 15000,50',
  },
  startup: {
    untouched: 'Файл не тронут: ShopDesk ничего в нём не изменил и не перезаписал.',
    databaseFile: 'Файл базы данных',
    details: 'Технические подробности',
    version: 'Версия ShopDesk {{version}}',
    not_shopdesk: {
      title: 'Это не база данных ShopDesk',
      explanation:
        'Файл в папке данных ShopDesk принадлежит другой программе или вовсе не является базой данных.',
      whatToDo:
        'Переместите этот файл в другое место (или восстановите нужный из резервной копии) и запустите ShopDesk снова.',
    },
    newer_version: {
      title: 'База создана более новой версией ShopDesk',
      explanation: 'Данные магазина сохранены версией ShopDesk новее, чем эта.',
      whatToDo:
        'Установите новую версию ShopDesk, чтобы открыть их. Открывать их этой версией опасно для данных.',
    },
    old_sqlite: {
      title: 'Слишком старая версия движка базы данных',
      explanation:
        'Библиотека SQLite в этой копии ShopDesk старше 3.51.3: в ней есть известная ошибка, которая может испортить данные.',
      whatToDo: 'Установите текущую версию ShopDesk — в ней безопасная версия SQLite.',
    },
    unreadable: {
      title: 'Базу данных не удаётся прочитать',
      explanation:
        'ShopDesk не смог открыть файл с данными магазина: он может быть повреждён, занят или недоступен для чтения.',
      whatToDo:
        'Проверьте, что другой ShopDesk не запущен и файл можно прочитать, и запустите снова. Если не поможет, восстановите резервную копию.',
    },
    unreachable: {
      title: 'ShopDesk не может добраться до данных',
      explanation: 'Часть ShopDesk, которая хранит данные магазина, не ответила.',
    },
  },
  setup: {
    title: 'Добро пожаловать в ShopDesk',
    intro:
      'Настройте магазин. Вы станете его владельцем: вы решаете, кто ещё работает в ShopDesk и что им можно менять.',
    language: 'Язык',
    aboutYou: 'Вы, владелец',
    ownerName: 'Ваше имя',
    ownerNameHint: 'Видно на экране входа и во всём, что вы записываете.',
    pin: 'PIN',
    pinHint: 'От 4 до 8 цифр. Спрашивается при каждом входе.',
    pinRepeat: 'PIN ещё раз',
    pinRepeatHint: 'Введите тот же PIN повторно.',
    aboutShop: 'Ваш магазин',
    shopName: 'Название магазина',
    country: 'Страна',
    countryHint: 'Страна по умолчанию для номеров телефонов.',
    currency: 'Валюта',
    currencyHint: 'Все суммы хранятся в этой валюте.',
    submit: 'Создать магазин и войти',
    tryDemo: 'Попробовать на демо-магазине',
    tryDemoHint:
      'Просто смотрите? Укажите имя, PIN и название магазина и выберите «Попробовать на демо-магазине»: ShopDesk заполнит его выдуманным магазином детских товаров. Владелец удаляет демо одним действием в Настройках → Демо-данные.',
  },
  signIn: {
    title: 'Кто работает?',
    pickYourself: 'Выберите своё имя.',
    people: 'Кто может войти',
    nobody: 'Войти некому: все сотрудники отключены. Обратитесь к владельцу.',
    needsPin: 'Нужен PIN',
    pinFor: 'PIN для {{name}}',
    noPin: '{{name}} входит без PIN.',
    submit: 'Войти',
  },
  nav: {
    callDesk: 'Звонки',
    dayPlan: 'План дня',
    orders: 'Заказы',
    customers: 'Клиенты',
    incidents: 'Инциденты',
    blocklist: 'Чёрный список',
    reports: 'Отчёты',
    settings: 'Настройки',
  },
  shell: {
    navigation: 'Экраны',
    commands: 'Команды',
    statusBar: 'Состояние',
    signedInAs: 'Вошли:',
    shop: 'Магазин:',
    switchUser: 'Сменить пользователя',
    unsaved: {
      title: 'Уйти без сохранения?',
      body: {
        order: 'Изменения в этом заказе пропадут.',
        customer: 'Изменения в карточке клиента пропадут.',
      },
      stay: 'Остаться',
      leave: 'Уйти',
    },
  },
  palette: {
    placeholder: 'Поиск экранов и действий…',
    nothingFound: 'Нет экрана или действия с таким названием',
    screens: 'Экраны',
    actions: 'Действия',
    open: 'открыть',
    switchUserHint: 'Выйти и передать клавиатуру другому',
    languageTo: 'Переключить на {{language}}',
    languageHint: 'Ваш язык интерфейса; у остальных останется свой',
  },
  planned: {
    notYet:
      'Этот экран ещё не готов; здесь ничего не выдумано. А пока настройте магазин, его правила и сотрудников в Настройках.',
    openSettings: 'Открыть настройки',
    reports: {
      title: 'Где теряются деньги',
      holds:
        'Потери по причинам, виновникам, курьерам, способам доставки и во времени, и какие клиенты приносят прибыль, а какие только убытки.',
    },
  },
  settings: {
    ownerOnly: 'Только владелец',
    operatorNote:
      'Вы вошли как оператор. Свой язык вы можете сменить; настройки магазина, сотрудники и демо-данные — дело владельца, вы видите их только для чтения.',
    language: {
      title: 'Ваш язык',
      description: 'Язык, на котором ShopDesk говорит с вами. Каждый выбирает свой.',
    },
    shop: {
      title: 'Магазин',
      description: 'Название, регион и правила, которые ShopDesk применяет к заказам.',
      shopName: 'Название магазина',
      shopNameHint: 'Видно в заголовке и строке состояния.',
      language: 'Язык для новых сотрудников',
      languageHint: 'Новые операторы начинают с этого языка.',
      country: 'Страна',
      countryHint: 'Номера телефонов без кода страны считаются номерами этой страны.',
      currency: 'Валюта',
      currencyHint: 'Смена валюты не пересчитывает уже записанные суммы.',
      timeZone: 'Часовой пояс',
      timeZoneHint: 'Определяет, на какой день приходится заказ или инцидент.',
      margin: 'Средняя маржа',
      marginHint: 'Для оценки прибыли по клиенту.',
      orderPrefix: 'Префикс номера заказа',
      orderPrefixHint: 'С ним нумеруются новые заказы, например SD-000124. Импорт сохраняет номера из файла.',
      orderDigits: 'Цифр в номере',
      orderDigitsHint: 'Номер дополняется нулями до этой длины.',
      save: 'Сохранить настройки магазина',
      saved: 'Настройки магазина сохранены.',
    },
    windows: {
      title: 'Окна доставки',
      hint: 'Интервалы, из которых выбирают клиенты, например 11:00 – 14:00.',
      from: 'Начало окна {{number}}',
      to: 'Конец окна {{number}}',
      remove: 'Удалить окно {{number}}',
      add: 'Добавить окно',
    },
    risk: {
      title: 'Правила риска',
      description: 'ShopDesk проверяет по ним каждый заказ и говорит, какое правило сработало и почему.',
      readAs: 'Читается как {{amount}}.',
      codNewCustomerLimit: {
        label: 'Оплата при получении от нового клиента свыше',
        hint: 'Нужен второй (городской) номер.',
      },
      signatureAbove: {
        label: 'Доставка под подпись свыше',
        hint: 'Заказы дороже отправляются с подтверждением подписью.',
      },
      minBuyoutRatePercent: {
        label: 'Только предоплата, если выкуп ниже',
        hint: 'Доля заказов, которые клиент действительно забирает.',
      },
      buyoutMinOrders: {
        label: 'Заказов, после которых учитывается выкуп',
        hint: 'Меньшее число заказов мало что говорит.',
      },
      incidents: {
        title: 'Инциденты с клиентом',
        summary: {
          fault:
            'Осторожно — когда у клиента за 12 месяцев {{min}} или больше инцидентов по его вине; у клиента с {{orders}} и более заказами за это время — только если эти инциденты составляют ещё и не меньше {{percent}}% его заказов. Иначе инциденты показываются как заметка, без предупреждения.',
          all: 'Осторожно — когда у клиента за 12 месяцев {{min}} или больше инцидентов по любой вине и они составляют не меньше {{percent}}% его заказов за это время. Иначе инциденты показываются как заметка, без предупреждения.',
        },
      },
      incidentsCounted: {
        label: 'Какие инциденты считать',
        customer_fault: {
          label: 'Только по вине клиента',
          hint: 'Инциденты, где в журнале указана вина «Клиент». Инциденты по вине магазина, курьера или перевозчика не считаются.',
        },
        all_incidents: {
          label: 'Все инциденты — в сравнении с числом заказов',
          hint: 'Все инциденты с клиентом, чья бы ни была вина, как доля от его заказов. Так виден клиент, у которого каждый заказ заканчивается претензией.',
        },
      },
      incidentsPerYearCaution: {
        label: 'Не меньше инцидентов за 12 месяцев',
        hint: 'Меньшее число клиента не отмечает.',
      },
      incidentRateFromOrders: {
        label: 'Сравнивать с заказами от',
        hint: 'При стольких заказах за 12 месяцев решает доля ниже.',
      },
      incidentRatePercent: {
        label: 'Инцидентов на заказ, не меньше',
        hint: 'Инциденты ÷ заказы за 12 месяцев.',
      },
      refusedParcelsPrepayment: {
        label: 'Отказов и невыкупленных посылок до предоплаты',
        hint: 'После стольких ShopDesk предложит запись «только предоплата».',
      },
      chequeClearanceDays: {
        label: 'Дней на зачисление чека',
        hint: 'Столько ждёт отправка после оплаты чеком.',
      },
    },
    units: { percent: '%', orders: 'заказов', incidents: 'шт.', parcels: 'шт.', days: 'дней' },
    operatorReadOnly: 'Настройки магазина меняет владелец: вы видите их как есть, но изменить не можете.',
  },
  staff: {
    title: 'Сотрудники',
    description:
      'Кто может работать в ShopDesk. Операторы принимают звонки и записывают; решает только владелец.',
    operatorNote: 'Список сотрудников видит и ведёт только владелец.',
    onlyOwner: 'Пока только вы. Добавьте оператора ниже, когда кто-то начнёт помогать со звонками.',
    name: 'Имя',
    role: 'Роль',
    pin: 'PIN',
    status: 'Статус',
    since: 'Добавлен',
    actions: 'Действия',
    actionsFor: 'Действия: {{name}}',
    hasPin: 'Задан',
    noPin: 'Нет',
    active: 'Активен',
    inactive: 'Отключён',
    rename: 'Переименовать',
    renameTitle: 'Переименовать: {{name}}',
    renamed: 'Новое имя: {{name}}.',
    setPin: 'Задать PIN',
    changePin: 'Сменить PIN',
    pinTitle: 'Новый PIN: {{name}}',
    savePin: 'Сохранить PIN',
    pinSet: 'PIN изменён: {{name}}.',
    removePin: 'Убрать PIN',
    pinRemoved: 'Теперь без PIN: {{name}}.',
    deactivate: 'Отключить',
    deactivated: 'Больше не может войти: {{name}}. Записи сохраняются.',
    reactivate: 'Включить снова',
    reactivated: 'Снова может войти: {{name}}.',
    addTitle: 'Добавить оператора',
    newName: 'Имя',
    newNamePlaceholder: 'Например, Ольга',
    newPin: 'PIN (необязательно)',
    newPinHint: 'Оставьте PIN пустым, если оператор будет входить, просто выбрав своё имя.',
    add: 'Добавить оператора',
    added: 'Добавлен(а) и может войти: {{name}}.',
  },
  demo: {
    title: 'Демо-данные',
    description:
      'Попробуйте ShopDesk на выдуманном магазине: клиенты, заказы, курьеры, инциденты и чёрный список. Работает, только пока в магазине нет своих данных.',
    load: 'Загрузить демо-данные',
    confirmTitle: 'Загрузить демо-данные?',
    confirmText:
      'ShopDesk заполнит этот пустой магазин выдуманными клиентами, заказами, курьерами, инцидентами и записями чёрного списка. Делайте это только чтобы попробовать ShopDesk, не в рабочем магазине.',
    confirm: 'Загрузить',
    loaded:
      'Демо-данные загружены. Клиенты: {{customers}}, заказы: {{orders}}, инциденты: {{incidents}}, курьеры: {{couriers}}, записи чёрного списка: {{blocklist}}.',
    ownerOnly: 'Загружать и удалять демо-данные может только владелец.',
    shopHasData:
      'В магазине уже есть свои клиенты, заказы или курьеры, поэтому демо-данные в него не загрузить.',
    marker: 'Демо-данные',
    markerHint:
      'Это выдуманный магазин, чтобы попробовать ShopDesk. Владелец удаляет его одним действием в Настройках → Демо-данные.',
    clear: 'Удалить демо-данные',
    clearExplain:
      'Загружен демо-магазин. Перед удалением ShopDesk делает резервную копию, затем очищает магазин: сотрудники, настройки и журнал изменений остаются.',
    clearTitle: 'Удалить демо-данные?',
    clearText:
      'Сначала ShopDesk сделает резервную копию, затем удалит всех клиентов, заказы, инциденты, курьеров и записи чёрного списка — демо и всё, что добавлено после. Сотрудники, настройки и журнал изменений останутся. Копию можно восстановить в Настройках → Резервные копии.',
    clearConfirm: 'Сделать копию и удалить',
    cleared: 'Демо-данные удалены, магазин пуст. Резервная копия перед удалением: {{backup}}.',
  },
  callDesk: callDeskRu,
  card: cardRu,
  customers: customersRu,
  attention: attentionRu,
  blocklist: blocklistRu,
  codes: codesRu,
  orders: ordersRu,
  plan: planRu,
  print: printRu,
  couriers: couriersRu,
  incidents: incidentsRu,
  followUps: followUpsRu,
  settingsNav: { ...settingsNavRu, ...importSettingsNavRu },
  backup: backupRu,
  accountant: accountantRu,
  audit: auditRu,
  reports: reportsRu,
  import: importRu,
};
