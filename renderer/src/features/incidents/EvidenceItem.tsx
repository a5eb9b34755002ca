import { Alert, Anchor, Box, Button, Center, Group, Image, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconDownload, IconEye, IconFile, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../../shared/contract/incidents';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { RemoveEvidenceDialog } from './RemoveEvidenceDialog';
import { isImage, useEvidenceFile, useObjectUrl } from './use-evidence-file';

type Evidence = IncidentDetail['evidence'][number];

/** "12 kB", "3.4 MB" in the interface language. */
export function fileSize(bytes: number, locale: string): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, 'byte']
      : bytes < 1024 * 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(value);
}

const THUMB = 56;

/** One file: a thumbnail for pictures, its name and size, who added it; open, save, remove. */
export function EvidenceItem({ file, isOwner }: { file: Evidence; isOwner: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const [opened, setOpened] = useState(false);
  const [removing, setRemoving] = useState(false);
  const removed = file.removed !== null;
  const picture = isImage(file.mime) && !removed;

  return (
    <Group
      role="listitem"
      aria-label={file.fileName}
      data-testid="evidence-item"
      data-removed={removed}
      gap="sm"
      wrap="nowrap"
      py={6}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Box w={THUMB} h={THUMB} style={{ flexShrink: 0 }}>
        {picture ? (
          <Thumbnail id={file.id} name={file.fileName} onOpen={() => setOpened(true)} />
        ) : (
          <Center w={THUMB} h={THUMB} bg="gray.1" style={{ borderRadius: 4 }}>
            <IconFile size={24} color="var(--mantine-color-gray-6)" aria-hidden />
          </Center>
        )}
      </Box>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Text
          size="sm"
          fw={500}
          truncate
          td={removed ? 'line-through' : undefined}
          c={removed ? 'dimmed' : undefined}
        >
          {file.fileName}
        </Text>
        <Text size="xs" c="dimmed">
          {fileSize(file.sizeBytes, i18n.language)} ·{' '}
          {t('incidents.evidence.addedBy', { name: file.addedBy, date: format.dateTime(file.addedAt) })}
        </Text>
        {file.removed && (
          <Text size="xs" c="red.8">
            {t('incidents.evidence.removed', {
              name: file.removed.by,
              date: format.dateTime(file.removed.at),
            })}
          </Text>
        )}
      </div>
      {!removed && (
        <Group gap="xs" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconEye size={14} />}
            aria-label={t('incidents.evidence.openName', { name: file.fileName })}
            onClick={() => setOpened(true)}
          >
            {t('incidents.evidence.open')}
          </Button>
          {isOwner && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              aria-label={t('incidents.evidence.removeName', { name: file.fileName })}
              onClick={() => setRemoving(true)}
            >
              {t('incidents.evidence.remove')}
            </Button>
          )}
        </Group>
      )}
      {opened && <EvidencePreview file={file} onClose={() => setOpened(false)} />}
      {removing && <RemoveEvidenceDialog file={file} onClose={() => setRemoving(false)} />}
    </Group>
  );
}

function Thumbnail({ id, name, onOpen }: { id: number; name: string; onOpen: () => void }) {
  const { t } = useTranslation();
  const got = useEvidenceFile(id);
  const url = useObjectUrl(got.data?.blob);
  if (!url)
    return (
      <Center w={THUMB} h={THUMB} bg="gray.1" style={{ borderRadius: 4 }}>
        {got.isError ? <IconFile size={24} aria-hidden /> : <Loader size="xs" />}
      </Center>
    );
  return (
    <Anchor
      component="button"
      type="button"
      onClick={onOpen}
      aria-label={t('incidents.evidence.openName', { name })}
    >
      <Image
        src={url}
        alt={name}
        w={THUMB}
        h={THUMB}
        fit="cover"
        radius="sm"
        data-testid="evidence-thumbnail"
      />
    </Anchor>
  );
}

/** Pictures are shown here; any other file is offered as a copy to save (new windows are off). */
function EvidencePreview({ file, onClose }: { file: Evidence; onClose: () => void }) {
  const { t } = useTranslation();
  const got = useEvidenceFile(file.id);
  const url = useObjectUrl(got.data?.blob);
  const picture = isImage(file.mime);
  return (
    <Modal
      opened
      onClose={onClose}
      size="auto"
      title={t('incidents.evidence.preview', { name: file.fileName })}
      closeButtonProps={{ 'aria-label': t('incidents.evidence.close') }}
    >
      <Stack gap="sm" align="center" miw={320}>
        {got.isError && <Alert color="red">{errorMessage(got.error)}</Alert>}
        {!got.isError && !url && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('incidents.evidence.loading')}</Text>
          </Group>
        )}
        {url && picture && (
          <img
            src={url}
            alt={file.fileName}
            data-testid="evidence-preview"
            style={{ maxWidth: 'min(1000px, 85vw)', maxHeight: '70vh', objectFit: 'contain' }}
          />
        )}
        {url && (
          <Button
            component="a"
            href={url}
            download={file.fileName}
            variant={picture ? 'default' : 'filled'}
            leftSection={<IconDownload size={16} />}
          >
            {t('incidents.evidence.download')}
          </Button>
        )}
      </Stack>
    </Modal>
  );
}
