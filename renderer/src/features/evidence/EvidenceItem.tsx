import {
  ActionIcon,
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  CopyButton,
  Group,
  Image,
  Loader,
  Modal,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconEye, IconFile, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../../shared/contract/evidence';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/format';
import { RemoveEvidenceDialog, type RemoveFrom } from './RemoveEvidenceDialog';
import { isImage, useEvidenceFile, useObjectUrl } from './use-evidence-file';

export type { RemoveFrom };

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

/** Enough of the hash to read out and compare by eye; the copy button gives all 64 characters. */
export const shortHash = (sha256: string) => `${sha256.slice(0, 8)}…${sha256.slice(-8)}`;

/**
 * One file: a thumbnail for pictures, its name, size, who added it and its SHA-256; open, save,
 * remove (where `removeFrom` says it may be removed: the owner, on the file's own page).
 */
export function EvidenceItem({ file, removeFrom }: { file: Evidence; removeFrom: RemoveFrom | null }) {
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
        <EvidenceHash sha256={file.sha256} />
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
          {removeFrom && (
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
      {removing && removeFrom && (
        <RemoveEvidenceDialog file={file} from={removeFrom} onClose={() => setRemoving(false)} />
      )}
    </Group>
  );
}

function EvidenceHash({ sha256 }: { sha256: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" data-testid="evidence-hash" data-sha256={sha256}>
      <Text size="xs" c="dimmed" ff="monospace" title={sha256}>
        {t('incidents.evidence.hash', { hash: shortHash(sha256) })}
      </Text>
      <CopyButton value={sha256}>
        {({ copied, copy }) => (
          <Tooltip
            label={copied ? t('incidents.evidence.hashCopied') : t('incidents.evidence.copyHash')}
            withArrow
          >
            <ActionIcon
              size="xs"
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              aria-label={t('incidents.evidence.copyHash')}
              onClick={copy}
            >
              {copied ? <IconCheck size={12} /> : <IconCopy size={12} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
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
