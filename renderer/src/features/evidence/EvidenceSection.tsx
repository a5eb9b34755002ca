import { Alert, Button, CloseButton, FileButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../../shared/contract/evidence';
import { EVIDENCE_MAX_BYTES } from '../../../../shared/domain/incidents';
import { DropZone } from '../../components/DropZone';
import { errorMessage } from '../../lib/errors';
import { EvidenceItem, type RemoveFrom } from './EvidenceItem';
import { readAsBase64 } from './use-evidence-file';

export interface EvidenceUpload {
  fileName: string;
  mime: string;
  dataBase64: string;
}

/** Removed files last, crossed out; otherwise in the order they were added. */
export const shownFirst = (files: readonly Evidence[]): Evidence[] =>
  [...files].sort((a, b) => Number(a.removed !== null) - Number(b.removed !== null) || a.id - b.id);

/**
 * Photos, scans and screenshots of an incident or an order: dropped or chosen, listed with who
 * added them and their hash, opened in place. `children` shows below the list (an incident
 * shows its order's files there).
 */
export function EvidenceSection({
  files,
  onAdd,
  removeFrom,
  isOwner,
  headingId,
  children,
}: {
  files: readonly Evidence[];
  onAdd: (upload: EvidenceUpload) => Promise<unknown>;
  removeFrom: RemoveFrom;
  isOwner: boolean;
  headingId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const addFiles = async (files: File[]) => {
    setProblems([]);
    const failed: string[] = [];
    for (const file of files) {
      // Said before reading it in: a file main would refuse is not worth sending.
      if (file.size > EVIDENCE_MAX_BYTES) {
        failed.push(t('incidents.evidence.tooLarge', { name: file.name }));
        continue;
      }
      setUploading(file.name);
      try {
        const dataBase64 = await readAsBase64(file).catch(() => null);
        if (dataBase64 === null) {
          failed.push(
            t('incidents.evidence.failed', { name: file.name, message: t('incidents.evidence.unreadable') }),
          );
          continue;
        }
        await onAdd({
          fileName: file.name || 'file',
          mime: file.type || 'application/octet-stream',
          dataBase64,
        });
      } catch (error) {
        failed.push(t('incidents.evidence.failed', { name: file.name, message: errorMessage(error) }));
      }
    }
    setUploading(null);
    setProblems(failed);
  };

  const shown = shownFirst(files);

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={4} id={headingId}>
        {t('incidents.evidence.title')}
      </Title>
      <DropZone testId="evidence-drop" padding="md" onFiles={(files) => void addFiles(files)}>
        <Group justify="center" gap="sm">
          <IconUpload size={20} aria-hidden />
          <Text size="sm">{t('incidents.evidence.drop')}</Text>
          <Text size="sm" c="dimmed">
            {t('incidents.evidence.or')}
          </Text>
          <FileButton multiple onChange={(files) => void addFiles(files)}>
            {(props) => (
              <Button {...props} size="compact-sm" variant="light" disabled={uploading !== null}>
                {t('incidents.evidence.choose')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('incidents.evidence.limit')}
          </Text>
        </Group>
        {uploading && (
          <Group justify="center" gap="xs" mt="xs">
            <Loader size="xs" />
            <Text size="sm">{t('incidents.evidence.uploading', { name: uploading })}</Text>
          </Group>
        )}
      </DropZone>
      {problems.length > 0 && (
        <Alert color="red" data-testid="evidence-problems">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              {problems.map((problem, index) => (
                <Text size="sm" key={index}>
                  {problem}
                </Text>
              ))}
            </Stack>
            <CloseButton size="sm" aria-label={t('common.cancel')} onClick={() => setProblems([])} />
          </Group>
        </Alert>
      )}
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidents.evidence.none')}
        </Text>
      ) : (
        <Stack gap={0} role="list" aria-label={t('incidents.evidence.title')}>
          {shown.map((file) => (
            <EvidenceItem key={file.id} file={file} removeFrom={isOwner ? removeFrom : null} />
          ))}
        </Stack>
      )}
      {children}
    </Stack>
  );
}
