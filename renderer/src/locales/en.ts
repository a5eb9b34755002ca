// English interface text. ru.ts must have exactly these keys (its type is derived from this
// object), so a string missing in one language is a type error, not a blank on screen.

import { accountantEn, auditEn, backupEn, settingsNavEn } from './backup.en';
import { blocklistEn } from './blocklist.en';
import { callDeskEn, cardEn } from './calldesk.en';
import { codesEn } from '../../../shared/i18n/codes.en';
import { attentionEn } from './attention.en';
import { customersEn } from './customers.en';
import { importEn, importSettingsNavEn } from './import.en';
import { followUpsEn } from './followups.en';
import { incidentsEn } from './incidents.en';
import { ordersEn } from './orders.en';
import { reportsEn } from './reports.en';
import { couriersEn, planEn, printEn } from './plan.en';

export const en = {
  app: { name: 'ShopDesk' },
  common: {
    loading: 'Loading…',
    cancel: 'Cancel',
    save: 'Save',
    tryAgain: 'Try again',
    language: 'Language',
    nothingFound: 'Nothing found',
    readAs: 'Read as {{amount}}.',
  },
  languages: { en: 'English', ru: 'Русский' },
  roles: { owner: 'Owner', operator: 'Operator' },
  errors: {
    failedTitle: 'That did not work',
    refusedTitle: 'Not allowed',
    unexpected: 'Something went wrong inside ShopDesk. Nothing was lost; try again.',
  },
  validation: {
    enterName: 'Enter a name',
    enterShopName: 'Enter the shop name',
    maxLength: 'At most {{max}} characters',
    pinFormat: 'The PIN is 4 to 8 digits',
    pinsDiffer: 'The two PINs are not the same',
    chooseCountry: 'Choose a country',
    chooseCurrency: 'Choose a currency',
    wholeNumber: 'Enter a whole number, for example 5',
    time: 'Use HH:MM, for example 11:00',
    amount: 'Enter an amount, for example 15000 or 15000.50',
  },
  startup: {
    untouched: 'The file was left untouched: ShopDesk did not change or overwrite anything.',
    databaseFile: 'Database file',
    details: 'Technical details',
    version: 'ShopDesk version {{version}}',
    not_shopdesk: {
      title: 'This is not a ShopDesk database',
      explanation:
        'The file in ShopDesk’s data folder belongs to another program or is not a database at all.',
      whatToDo:
        'Move that file somewhere else (or restore the right one from a backup) and start ShopDesk again.',
    },
    newer_version: {
      title: 'This database is from a newer ShopDesk',
      explanation: 'The shop’s data was saved by a newer version of ShopDesk than this one.',
      whatToDo: 'Install the newer ShopDesk to open it. Opening it with this version could damage the data.',
    },
    old_sqlite: {
      title: 'The database engine is too old',
      explanation:
        'The SQLite library this copy of ShopDesk uses is older than 3.51.3, which has a known bug that can corrupt data.',
      whatToDo: 'Install the current version of ShopDesk; it comes with a safe SQLite.',
    },
    unreadable: {
      title: 'The database cannot be read',
      explanation: 'ShopDesk could not open the shop’s data file: it may be damaged, locked or not readable.',
      whatToDo:
        'Check that no other ShopDesk is running and that the file can be read, then start again. If it stays this way, restore a backup.',
    },
    unreachable: {
      title: 'ShopDesk cannot reach its data',
      explanation: 'The part of ShopDesk that keeps the shop’s data did not answer.',
    },
  },
  setup: {
    title: 'Welcome to ShopDesk',
    intro:
      'Set up your shop. You become its owner: you decide who else may use ShopDesk and what they may change.',
    language: 'Language',
    aboutYou: 'You, the owner',
    ownerName: 'Your name',
    ownerNameHint: 'Shown on the sign-in screen and on everything you record.',
    pin: 'PIN',
    pinHint: '4 to 8 digits. Asked every time you sign in.',
    pinRepeat: 'PIN again',
    pinRepeatHint: 'Type the same PIN once more.',
    aboutShop: 'Your shop',
    shopName: 'Shop name',
    country: 'Country',
    countryHint: 'The default country for phone numbers.',
    currency: 'Currency',
    currencyHint: 'All amounts are kept in this currency.',
    submit: 'Create the shop and sign in',
    tryDemo: 'Try with a demo shop',
    tryDemoHint:
      'Just looking? Fill in your name, a PIN and a shop name, then choose “Try with a demo shop”: ShopDesk fills it with a made-up children’s-goods shop. The owner clears it in one step in Settings → Demo data.',
  },
  signIn: {
    title: 'Who is working?',
    pickYourself: 'Pick your name.',
    people: 'People who may sign in',
    nobody: 'Nobody can sign in: every person is deactivated. Ask the owner.',
    needsPin: 'Needs a PIN',
    pinFor: 'PIN for {{name}}',
    noPin: '{{name}} signs in without a PIN.',
    submit: 'Sign in',
  },
  nav: {
    callDesk: 'Call desk',
    dayPlan: 'Day plan',
    orders: 'Orders',
    customers: 'Customers',
    incidents: 'Incidents',
    blocklist: 'Blocklist',
    reports: 'Reports',
    settings: 'Settings',
  },
  shell: {
    navigation: 'Screens',
    commands: 'Commands',
    statusBar: 'Status',
    signedInAs: 'Signed in:',
    shop: 'Shop:',
    switchUser: 'Switch user',
    unsaved: {
      title: 'Leave without saving?',
      body: {
        order: 'Your changes to this order will be lost.',
        customer: 'Your changes to this customer will be lost.',
      },
      stay: 'Stay',
      leave: 'Leave',
    },
  },
  palette: {
    placeholder: 'Search screens and actions…',
    nothingFound: 'No screen or action by that name',
    screens: 'Screens',
    actions: 'Actions',
    open: 'open',
    switchUserHint: 'Sign out and hand the keyboard to someone else',
    languageTo: 'Switch to {{language}}',
    languageHint: 'Your interface language; others keep theirs',
  },
  planned: {
    notYet:
      'This screen is not built yet; nothing here is made up. Meanwhile, set up the shop, its rules and its people in Settings.',
    openSettings: 'Open Settings',
    reports: {
      title: 'Where the money is lost',
      holds:
        'Losses by cause, fault, courier, delivery method and over time, and which customers bring profit and which bring only losses.',
    },
  },
  settings: {
    ownerOnly: 'Owner only',
    operatorNote:
      'You are signed in as an operator. You can change your own language; the shop’s settings, staff and demo data are the owner’s, shown to you read-only.',
    language: {
      title: 'Your language',
      description: 'The language ShopDesk speaks to you. Everyone chooses their own.',
    },
    shop: {
      title: 'Shop',
      description: 'Name, region and the rules ShopDesk applies to orders.',
      shopName: 'Shop name',
      shopNameHint: 'Shown in the header and the status bar.',
      language: 'Language for new staff',
      languageHint: 'New operators start in this language.',
      country: 'Country',
      countryHint: 'Phone numbers without a country code are read as this country’s.',
      currency: 'Currency',
      currencyHint: 'Changing it does not convert amounts already recorded.',
      timeZone: 'Time zone',
      timeZoneHint: 'Decides which day an order or incident falls on.',
      margin: 'Average margin',
      marginHint: 'Used to estimate profit per customer.',
      orderPrefix: 'Order number prefix',
      orderPrefixHint: 'New orders are numbered with it, e.g. SD-000124. Imports keep their own numbers.',
      orderDigits: 'Digits in the number',
      orderDigitsHint: 'The sequence is padded with zeros to this length.',
      save: 'Save shop settings',
      saved: 'Shop settings saved.',
    },
    windows: {
      title: 'Delivery windows',
      hint: 'The time windows customers can choose, for example 11:00 – 14:00.',
      from: 'Window {{number}} starts',
      to: 'Window {{number}} ends',
      remove: 'Remove window {{number}}',
      add: 'Add a window',
    },
    risk: {
      title: 'Risk rules',
      description: 'ShopDesk checks every order against these and says which rule fired and why.',
      readAs: 'Read as {{amount}}.',
      codNewCustomerLimit: {
        label: 'Cash on delivery from a new customer above',
        hint: 'Needs a second (landline) number.',
      },
      signatureAbove: {
        label: 'Signature confirmation above',
        hint: 'Orders above this go with signature confirmation.',
      },
      minBuyoutRatePercent: {
        label: 'Prepayment only when buyout rate is under',
        hint: 'Share of orders a customer actually keeps.',
      },
      buyoutMinOrders: {
        label: 'Orders before the buyout rate counts',
        hint: 'Fewer orders than this say too little.',
      },
      incidents: {
        title: 'Incidents with a customer',
        summary: {
          fault:
            'Caution when a customer has {{min}} or more incidents by their own fault in 12 months; a customer with {{orders}} or more orders in that time only when those incidents are also {{percent}}% of their orders or more. Under that, the incidents show as a note, without a caution.',
          all: 'Caution when a customer has {{min}} or more incidents of any fault in 12 months and they are {{percent}}% of the customer’s orders in that time or more. Under that, the incidents show as a note, without a caution.',
        },
      },
      incidentsCounted: {
        label: 'Which incidents count',
        customer_fault: {
          label: 'Only incidents by the customer’s fault',
          hint: 'Incidents whose fault is “Customer” in the register. Incidents by the shop, the courier or the carrier do not count.',
        },
        all_incidents: {
          label: 'All incidents, relative to the customer’s orders',
          hint: 'Every incident with the customer, whoever’s fault, as a share of their orders. Finds the customer whose every order ends in a claim.',
        },
      },
      incidentsPerYearCaution: {
        label: 'At least this many incidents in 12 months',
        hint: 'Fewer never flag a customer.',
      },
      incidentRateFromOrders: {
        label: 'Weigh against orders from',
        hint: 'With this many orders in 12 months, the share below decides.',
      },
      incidentRatePercent: {
        label: 'Incidents per order, at least',
        hint: 'Incidents ÷ orders in 12 months.',
      },
      refusedParcelsPrepayment: {
        label: 'Refused or unclaimed parcels before prepayment only',
        hint: 'After this many, ShopDesk suggests a prepayment-only entry.',
      },
      chequeClearanceDays: {
        label: 'Days a cheque needs to clear',
        hint: 'Shipping waits this long after a cheque.',
      },
    },
    units: { percent: '%', orders: 'orders', incidents: 'incidents', parcels: 'parcels', days: 'days' },
    operatorReadOnly:
      'The shop’s settings are the owner’s: you see them as they are, but cannot change them.',
  },
  staff: {
    title: 'Staff',
    description: 'The people who may use ShopDesk. Operators take calls and record; only the owner decides.',
    operatorNote: 'Only the owner sees and manages the staff list.',
    onlyOwner: 'So far only you. Add an operator below when someone helps you with the calls.',
    name: 'Name',
    role: 'Role',
    pin: 'PIN',
    status: 'Status',
    since: 'Added',
    actions: 'Actions',
    actionsFor: 'Actions for {{name}}',
    hasPin: 'Set',
    noPin: 'None',
    active: 'Active',
    inactive: 'Deactivated',
    rename: 'Rename',
    renameTitle: 'Rename {{name}}',
    renamed: 'Renamed to {{name}}.',
    setPin: 'Set a PIN',
    changePin: 'Change PIN',
    pinTitle: 'New PIN for {{name}}',
    savePin: 'Save PIN',
    pinSet: '{{name}} has a new PIN.',
    removePin: 'Remove PIN',
    pinRemoved: '{{name}} now signs in without a PIN.',
    deactivate: 'Deactivate',
    deactivated: '{{name}} can no longer sign in. Their records stay.',
    reactivate: 'Reactivate',
    reactivated: '{{name}} can sign in again.',
    addTitle: 'Add an operator',
    newName: 'Name',
    newNamePlaceholder: 'For example, Olga',
    newPin: 'PIN (optional)',
    newPinHint: 'Leave the PIN empty if the operator signs in just by picking their name.',
    add: 'Add operator',
    added: '{{name}} was added and can sign in now.',
  },
  demo: {
    title: 'Demo data',
    description:
      'Try ShopDesk on a made-up shop: customers, orders, couriers, incidents and blocklist entries. Works only while the shop has no data of its own.',
    load: 'Load demo data',
    confirmTitle: 'Load demo data?',
    confirmText:
      'ShopDesk fills this empty shop with made-up customers, orders, couriers, incidents and blocklist entries. Do this only to try ShopDesk out, not in the shop you run.',
    confirm: 'Load it',
    loaded:
      'Demo data loaded: {{customers}} customers, {{orders}} orders, {{incidents}} incidents, {{couriers}} couriers, {{blocklist}} blocklist entries.',
    ownerOnly: 'Only the owner loads or clears demo data.',
    shopHasData:
      'This shop already has customers, orders or couriers of its own, so demo data cannot be loaded into it.',
    marker: 'Demo data',
    markerHint:
      'This is a made-up shop for trying ShopDesk. The owner clears it in one step in Settings → Demo data.',
    clear: 'Clear demo data',
    clearExplain:
      'The demo shop is loaded. Clearing it takes a backup first, then empties the shop: staff, settings and the audit log stay.',
    clearTitle: 'Clear the demo data?',
    clearText:
      'ShopDesk first takes a backup, then removes every customer, order, incident, courier and blocklist entry — the demo ones and anything added since. Staff, settings and the audit log stay. The backup can be restored in Settings → Backups.',
    clearConfirm: 'Back up and clear',
    cleared: 'Demo data cleared. The shop is empty; the backup taken first is {{backup}}.',
  },
  callDesk: callDeskEn,
  card: cardEn,
  customers: customersEn,
  attention: attentionEn,
  blocklist: blocklistEn,
  codes: codesEn,
  orders: ordersEn,
  plan: planEn,
  print: printEn,
  couriers: couriersEn,
  incidents: incidentsEn,
  followUps: followUpsEn,
  settingsNav: { ...settingsNavEn, ...importSettingsNavEn },
  backup: backupEn,
  accountant: accountantEn,
  audit: auditEn,
  reports: reportsEn,
  import: importEn,
};

export type Messages = typeof en;
