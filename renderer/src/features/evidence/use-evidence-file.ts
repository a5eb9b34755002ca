import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { call } from '../../lib/api';
import type { ApiError } from '../../lib/api';

export interface EvidenceFile {
  fileName: string;
  mime: string;
  blob: Blob;
}

function toBlob(base64: string, mime: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime || 'application/octet-stream' });
}

/**
 * A file's bytes, checked by main against the hash taken when it was added. Kept under its own
 * key, outside the "incidents" domain: a file never changes, so a note added to the incident
 * must not fetch every photo again.
 */
export function useEvidenceFile(id: number, enabled = true) {
  return useQuery<EvidenceFile, ApiError>({
    queryKey: ['evidenceFile', id],
    queryFn: async () => {
      const file = await call('evidence.file', { id });
      return { fileName: file.fileName, mime: file.mime, blob: toBlob(file.dataBase64, file.mime) };
    },
    enabled,
    staleTime: Infinity,
  });
}

/** An object URL for a blob while the component shows it; released afterwards. */
export function useObjectUrl(blob: Blob | undefined): string | null {
  const [url, setUrl] = useState<{ blob: Blob; url: string } | null>(null);
  useEffect(() => {
    if (!blob) return;
    const next = URL.createObjectURL(blob);
    setUrl({ blob, url: next });
    return () => URL.revokeObjectURL(next);
  }, [blob]);
  return url && url.blob === blob ? url.url : null;
}

/** Reads a picked file as base64 (without the data: prefix). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const text = String(reader.result ?? '');
      resolve(text.slice(text.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

export const isImage = (mime: string) => /^image\/(png|jpe?g|gif|webp|bmp|svg\+xml|avif)$/i.test(mime);
