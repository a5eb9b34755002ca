import { Alert, Button, CloseButton, FileButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../../shared/contract/incidents';
import { EVIDENCE_MAX_BYTES } from '../../../../shared/domain/incidents';
import { DropZone } from '../../components/DropZone';
import { errorMessage } from '../../lib/errors';
import { useChannelMutation } from '../../lib/query';
import { EvidenceItem } from './EvidenceItem';
import { readAsBase64 } from './use-evidence-file';

type Evidence = IncidentDetail['evidence'][number];

/** Photos, scans and screenshots: dropped or chosen, listed with who added them, opened in place. */
export function EvidenceSection({ detail, isOwner }: { detail: IncidentDetail; isOwner: boolean }) {
  const { t } = useTranslation();
  const add = useChannelMutation('incidents.addEvidence');
  const [uploading, setUploading] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const incidentId = detail.incident.id;

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
        await add.mutateAsync({
          incidentId,
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

  const shown: Evidence[] = [...detail.evidence].sort(
    (a, b) => Number(a.removed !== null) - Number(b.removed !== null) || a.id - b.id,
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby="incident-evidence">
      <Title order={4} id="incident-evidence">
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
            <EvidenceItem key={file.id} file={file} isOwner={isOwner} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
