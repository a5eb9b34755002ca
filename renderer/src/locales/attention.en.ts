// Suggestions with their one-click answers, and the "Needs a decision" list (issue 14).

export const attentionEn = {
  addPrepayment: 'Add prepayment-only entry',
  markDoubtful: 'Mark as doubtful',
  markedDoubtful: '{{name}} is marked “Doubtful”.',
  undo: 'Undo',
  undone: '“Doubtful” taken off {{name}}.',
  reason: {
    refusedParcels: 'Refused or did not collect {{n}} parcels (threshold {{threshold}})',
    lowBuyout:
      'Keeps only {{rate}} of what is delivered over {{orders}} settled orders (minimum {{minimum}})',
  },
  view: {
    label: 'Which customers',
    all: 'All customers',
    attention: 'Needs a decision',
  },
  title: 'Customers who crossed a rule’s threshold',
  hint: 'Nobody has decided about them yet: no prepayment-only entry for a low buyout or refused parcels, not marked doubtful for incidents. Decide here in one click; a decided customer leaves the list.',
  count: 'Customers: {{n}}',
  ruleFilter: 'Rule',
  anyRule: 'Any rule',
  rule: {
    low_buyout: 'Low buyout',
    refused_parcels: 'Refused parcels',
    customer_fault_incidents: 'Incidents',
  },
  columns: { customer: 'Customer', reason: 'Why', action: 'Decision' },
  orders: 'Orders: {{n}}',
  losses: 'Losses: {{amount}}',
  empty: 'No customer has crossed a rule’s threshold — or every one of them has been decided on.',
  loading: 'Checking every customer against the rules…',
  more: 'Show more',
};
