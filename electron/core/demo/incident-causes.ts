import { INCIDENT_CAUSES, type IncidentCause } from '../../../shared/domain/enums';
import { COMPLAINT_CAUSES } from './incident-causes-complaints';
import { DELIVERY_CAUSES } from './incident-causes-delivery';
import type { CauseProfile } from './incident-types';

export type { Channel, CostKind, CostLine, Fault, OrderPool, Resolution } from './incident-types';

// Every cause of INCIDENT_CAUSES with its profile; a cause added to the enum without one fails here
// at start-up rather than producing a shop without it.
export const CAUSES = Object.fromEntries(
  INCIDENT_CAUSES.map((cause) => {
    const profile = DELIVERY_CAUSES[cause] ?? COMPLAINT_CAUSES[cause];
    if (!profile) throw new Error(`The demo has no profile for incident cause ${cause}`);
    return [cause, profile];
  }),
) as Record<IncidentCause, CauseProfile>;
