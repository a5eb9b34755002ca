import type { importChannels } from '../../../shared/contract/import';
import type { HandlerMap } from '../context';

// Placeholder while the import core is built: every channel answers INTERNAL until then.
const notYet = (): never => {
  throw new Error('Import is not finished yet');
};

export const importHandlers: HandlerMap<keyof typeof importChannels> = {
  'import.upload': notYet,
  'import.inspect': notYet,
  'import.dryRun': notYet,
  'import.commit': notYet,
  'import.history': notYet,
};
