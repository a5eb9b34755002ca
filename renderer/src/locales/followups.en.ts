// The follow-up worklist and its navigation badge, "settled on the call", the register's bulk
// resolve and the promo code (issue 16, point 6).

export const followUpsEn = {
  nav: 'Follow-ups',
  navBadge: '{{n}} due today or overdue',
  title: 'Follow-ups',
  subtitle: 'Open and waiting incidents to come back to, soonest first.',
  tabs: { label: 'Incidents', register: 'Register', followUps: 'Follow-ups' },
  bucket: { overdue: 'Overdue', today: 'Due today', week: 'This week' },
  bucketHint: {
    overdue: 'The time to come back has passed',
    today: 'Later today',
    week: 'Tomorrow to {{date}}',
  },
  more: 'The first {{shown}} of {{n}} are listed.',
  moreLink: 'All overdue in the register',
  kind: { call_back: 'Call back', post_search: 'Open a search with the post' },
  noneInBucket: 'Nothing here.',
  noCustomer: 'No customer named',
  empty: {
    title: 'Nothing to come back to this week',
    body: 'An incident appears here on the day its “Follow up at” falls, and stays until it is resolved. Set that time when you log a complaint; when a complaint is settled there and then, tick “Settled on the call” and it needs none.',
    action: 'Open the register',
  },
  form: {
    promoCode: 'Promo code or campaign',
    promoCodePlaceholder: 'e.g. SPRING25',
    settled: 'Settled on the call',
    settledHint: 'Saved as resolved, with no follow-up.',
    resolution: 'How it was settled',
  },
  filter: { promoCode: 'Promo code', promoCodePlaceholder: 'Any code' },
  bulk: {
    select: 'Select incident #{{id}}',
    selectOpen: 'Select the open ones shown',
    selected: '{{n}} selected',
    resolution: 'Resolution',
    reason: 'Reason',
    reasonPlaceholder: 'Why these are resolved',
    resolve: 'Resolve {{n}}',
    clear: 'Clear selection',
    done: 'Resolved: {{n}}.',
    skippedOwner: 'Left as the owner decided: {{n}}.',
    skippedClosed: 'Already closed: {{n}}.',
    skippedGone: 'Not found: {{n}}.',
    closed: 'Already closed',
    capped: 'At most {{n}} at once: the first {{n}} are selected.',
  },
  report: {
    title: 'Losses by promo code',
    description:
      'Incidents that name a promo code or campaign, with what they cost in this period. Those without a code are not listed.',
    column: 'Promo code',
    incidents: 'Incidents',
    none: 'No incident in this period names a promo code. Fill in “Promo code or campaign” when logging a promo complaint.',
  },
};
