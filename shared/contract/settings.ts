import { z } from 'zod';
import { channel } from './define';
import { settingsPatchSchema, settingsSchema } from '../domain/settings';

export const settingsChannels = {
  'settings.get': channel({ input: z.object({}).strict(), output: settingsSchema, role: 'operator' }),
  'settings.update': channel({ input: settingsPatchSchema, output: settingsSchema, role: 'owner' }),
};
