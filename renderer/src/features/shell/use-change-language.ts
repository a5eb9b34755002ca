import { useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../../../shared/domain/settings';
import { applyLanguage, currentLanguage } from '../../app/i18n';
import { notifyError } from '../../lib/errors';
import { useChannelMutation } from '../../lib/query';
import { storeSession } from '../../lib/session';

/**
 * Switches the signed-in person's language: the interface changes at once, main remembers it
 * for their next sign-in. If main refuses, the interface goes back to what it was.
 */
export function useChangeLanguage(): (language: Language) => Promise<void> {
  const client = useQueryClient();
  const setLanguage = useChannelMutation('session.setLanguage');
  return async (language) => {
    const previous = currentLanguage();
    applyLanguage(language);
    try {
      storeSession(client, await setLanguage.mutateAsync({ language }));
    } catch (error) {
      applyLanguage(previous);
      notifyError(error);
    }
  };
}
