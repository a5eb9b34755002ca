import type { z } from 'zod';
import { appChannels } from './app';
import { backupChannels } from './backup';
import { blocklistChannels } from './blocklist';
import { couriersChannels } from './couriers';
import { customersAttentionChannels, customersChannels } from './customers';
import { demoChannels } from './demo';
import { evidenceChannels } from './evidence';
import { followupsChannels } from './followups';
import { importChannels } from './import';
import { incidentsChannels } from './incidents';
import { lossesChannels } from './losses';
import { ordersChannels } from './orders';
import { planningChannels } from './planning';
import { printChannels } from './print';
import { reportsChannels } from './reports';
import { sessionChannels } from './session';
import { settingsChannels } from './settings';
import { staffChannels } from './staff';

// The single source of truth: the renderer's client, the main-process binder, the preload's
// allow-list and the browser harness are all derived from this map. A new domain adds a file
// above and one spread here.
export const contract = {
  ...appChannels,
  ...sessionChannels,
  ...staffChannels,
  ...settingsChannels,
  ...demoChannels,
  ...customersChannels,
  ...customersAttentionChannels,
  ...blocklistChannels,
  ...couriersChannels,
  ...ordersChannels,
  ...planningChannels,
  ...printChannels,
  ...incidentsChannels,
  ...evidenceChannels,
  ...followupsChannels,
  ...lossesChannels,
  ...backupChannels,
  ...reportsChannels,
  ...importChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export * from './result';
export * from './events';
export type { ChannelRole, ChannelDef } from './define';
export type { ShopDeskBridge } from './bridge';
