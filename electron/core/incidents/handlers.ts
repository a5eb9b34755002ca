import type { incidentsChannels } from '../../../shared/contract/incidents';
import type { CoreContext, HandlerMap } from '../context';
import { resolveMany } from './bulk-resolve';
import { addEvidence, removeEvidence } from '../evidence/files';
import { getIncidentDetail, listIncidents } from './read';
import { addCost, addNote, createIncident, updateIncident, voidCost } from './write';

// An incident write changes the incident and, through the cost triggers, its customer's losses.
function changed(ctx: CoreContext, id: number) {
  ctx.emit('data.changed', { domains: ['incidents', 'customers'] });
  return getIncidentDetail(ctx.db, id, ctx.now());
}

export const incidentsHandlers: HandlerMap<keyof typeof incidentsChannels> = {
  'incidents.create': (ctx, input) => changed(ctx, createIncident(ctx, input)),
  'incidents.update': (ctx, input) => {
    updateIncident(ctx, input);
    return changed(ctx, input.id);
  },
  'incidents.get': (ctx, input) => getIncidentDetail(ctx.db, input.id, ctx.now()),
  'incidents.list': (ctx, input) => listIncidents(ctx.db, input, ctx.now()),
  'incidents.resolveMany': (ctx, input) => {
    const result = resolveMany(ctx, input);
    if (result.resolved.length > 0) ctx.emit('data.changed', { domains: ['incidents', 'customers'] });
    return result;
  },
  'incidents.addCost': (ctx, input) => {
    addCost(ctx, input);
    return changed(ctx, input.incidentId);
  },
  'incidents.voidCost': (ctx, input) => changed(ctx, voidCost(ctx, input)),
  'incidents.addNote': (ctx, input) => {
    addNote(ctx, input.incidentId, input.text);
    return changed(ctx, input.incidentId);
  },
  'incidents.addEvidence': (ctx, { incidentId, ...upload }) => {
    addEvidence(ctx, { kind: 'incident', id: incidentId }, upload);
    return changed(ctx, incidentId);
  },
  'incidents.removeEvidence': (ctx, input) =>
    changed(ctx, removeEvidence(ctx, 'incident', input.id, input.reason)),
};
