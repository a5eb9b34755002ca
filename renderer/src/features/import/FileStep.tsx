import { Button, FileButton, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_BYTES, IMPORT_TARGETS, type ImportTarget } from '../../../../shared/contract/import';
import { DropZone } from '../../components/DropZone';
import { useChannelMutation } from '../../lib/query';
import { formatBytes } from '../backup/BackupList';
import { readAsBase64 } from '../evidence/use-evidence-file';
import { importErrorText } from './import-errors';
import { ReadingPanel } from './ReadingPanel';
import type { ImportWizardState } from './use-import-wizard';

const ACCEPT =
  '.csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const READABLE = /\.(csv|txt|xlsx)$/i;

/** Step 1: what the file holds, the file itself, and what the core read in it. */
export function FileStep({ wizard }: { wizard: ImportWizardState }) {
  const { t, i18n } = useTranslation();
  const upload = useChannelMutation('import.upload');
  const [uploading, setUploading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const limit = formatBytes(IMPORT_MAX_BYTES, i18n.language);

  const send = async (file: File) => {
    setError(null);
    const name = file.name || 'file';
    // Said before reading it in: a file main would refuse is not worth sending.
    if (!READABLE.test(name)) return setError(t('import.file.wrongType', { name }));
    if (file.size === 0) return setError(t('import.file.empty', { name }));
    if (file.size > IMPORT_MAX_BYTES)
      return setError(
        t('import.file.tooLarge', { name, size: formatBytes(file.size, i18n.language), limit }),
      );
    setUploading(name);
    try {
      const dataBase64 = await readAsBase64(file).catch(() => null);
      if (dataBase64 === null) return setError(t('import.file.unreadable', { name }));
      wizard.receive(await upload.mutateAsync({ fileName: name, dataBase64 }));
    } catch (failure) {
      setError(importErrorText(failure));
    } finally {
      setUploading(null);
    }
  };

  return (
    <Stack gap="md">
      <div>
        <Text size="sm" fw={500} mb={4} id="import-target-label">
          {t('import.target.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="import-target-label"
          data-testid="import-target"
          value={wizard.target}
          onChange={(value) => wizard.setTarget(value as ImportTarget)}
          data={IMPORT_TARGETS.map((value) => ({ value, label: t(`import.target.${value}`) }))}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {t(`import.target.${wizard.target}Hint`)}
        </Text>
      </div>
      <DropZone
        testId="import-drop"
        padding="lg"
        refused={error !== null}
        onFiles={(files) => void send(files[0]!)}
      >
        <Stack gap={6} align="center">
          <Group justify="center" gap="sm">
            <IconUpload size={20} aria-hidden />
            <Text size="sm">{t('import.file.drop')}</Text>
            <Text size="sm" c="dimmed">
              {t('import.file.or')}
            </Text>
            <FileButton accept={ACCEPT} onChange={(file) => file && void send(file)}>
              {(props) => (
                <Button
                  {...props}
                  size="compact-md"
                  variant={wizard.inspection ? 'default' : 'filled'}
                  leftSection={<IconFileSpreadsheet size={16} />}
                  disabled={uploading !== null}
                  aria-describedby="import-file-limit import-file-error"
                >
                  {wizard.inspection ? t('import.file.another') : t('import.file.choose')}
                </Button>
              )}
            </FileButton>
          </Group>
          <Text size="xs" c="dimmed" id="import-file-limit">
            {t('import.file.limit', { size: limit })}
          </Text>
          {uploading && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('import.file.uploading', { name: uploading })}</Text>
            </Group>
          )}
          {error && (
            <Text size="sm" c="red.7" role="alert" id="import-file-error" data-testid="import-file-error">
              {error}
            </Text>
          )}
        </Stack>
      </DropZone>
      {wizard.inspection ? (
        <ReadingPanel inspection={wizard.inspection} options={wizard.options} onRead={wizard.receive} />
      ) : (
        <Text size="sm" c="dimmed" data-testid="import-empty">
          {t('import.file.emptyState')}
        </Text>
      )}
    </Stack>
  );
}
