import { join } from 'node:path';
import type { ChannelOutput } from '../../../shared/contract';
import type { customersAttentionChannels, customersChannels } from '../../../shared/contract/customers';
import { runInWorker } from '../backup/run-worker';
import { findHits } from '../blocklist/match';
import type { CoreContext, HandlerMap } from '../context';
import { notFound } from '../errors';
import { readSettings } from '../settings/store';
import { customerCard } from './card';
import { customerHistory } from './history';
import { listCustomers } from './list';
import { getCustomerRow, loadCustomer, probeOf } from './rows';
import { searchCustomers } from './search';
import { addNote, createCustomer, mergeCustomers, updateCustomer } from './write';

/** The blocklist check every customer write answers with (DESIGN: the check runs at every entry point). */
function hitsFor(ctx: CoreContext, id: number, country: string) {
  const customer = loadCustomer(ctx.db, getCustomerRow(ctx.db, id)!);
  return findHits(ctx.db, probeOf(customer), country, ctx.now());
}

function changed(ctx: CoreContext) {
  ctx.emit('data.changed', { domains: ['customers'] });
}

type CustomerChannel = keyof typeof customersChannels | keyof typeof customersAttentionChannels;

export const customersHandlers: HandlerMap<CustomerChannel> = {
  'customers.search': (ctx, input) => searchCustomers(ctx.db, input.query, readSettings(ctx.db), ctx.now()),

  'customers.card': (ctx, input) => customerCard(ctx.db, input.id, readSettings(ctx.db), ctx.now()),

  'customers.list': (ctx, input) => listCustomers(ctx.db, input, readSettings(ctx.db).country),

  'customers.create': (ctx, input) => {
    const { country } = readSettings(ctx.db);
    const id = createCustomer(ctx, input, country);
    changed(ctx);
    return { id, hits: hitsFor(ctx, id, country) };
  },

  'customers.update': (ctx, { id, ...patch }) => {
    const { country } = readSettings(ctx.db);
    updateCustomer(ctx, id, patch, country);
    changed(ctx);
    return { id, hits: hitsFor(ctx, id, country) };
  },

  'customers.addNote': (ctx, input) => {
    const id = addNote(ctx, input.customerId, input.text);
    changed(ctx);
    return { id };
  },

  'customers.history': (ctx, input) => {
    if (!getCustomerRow(ctx.db, input.id)) throw notFound('This customer');
    return customerHistory(ctx.db, input.id, input.tab, input.offset, input.limit);
  },

  'customers.merge': (ctx, input) => {
    mergeCustomers(ctx, input.targetId, input.sourceId);
    changed(ctx);
    return { id: input.targetId };
  },

  // Reads the whole shop's totals and judges every candidate: in the file worker, like reports.
  'customers.attention': (ctx, input) => {
    const { risk, country, timeZone } = readSettings(ctx.db);
    return runInWorker<ChannelOutput<'customers.attention'>>({
      kind: 'report',
      report: {
        name: 'attention',
        databasePath: join(ctx.dataDir, 'shopdesk.sqlite'),
        input: { ...input, settings: { risk, country, timeZone }, now: ctx.now() },
      },
    });
  },
};
