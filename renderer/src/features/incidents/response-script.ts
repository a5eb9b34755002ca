import type { TFunction } from 'i18next';
import type { IncidentCause } from '../../../../shared/domain/enums';
import type { Settings } from '../../../../shared/domain/settings';

/** The owner's words for a cause when there are any, else ShopDesk's suggestion in the UI language. */
export function responseScript(
  cause: IncidentCause,
  scripts: Settings['responseScripts'] | undefined,
  t: TFunction,
): { text: string; owners: boolean } {
  const own = scripts?.[cause]?.trim();
  if (own) return { text: own, owners: true };
  return { text: t(`incidents.script.${cause}`), owners: false };
}
