import { z } from 'zod';
import { EVIDENCE_MAX_BYTES } from '../domain/incidents';
import { channel } from './define';

// Evidence files belong to an incident or, before any complaint, to an order (scenario 18: the
// parcel photographed before shipping). One schema and one way in and out for both.

const id = z.number().int().positive();
const reason = z.string().trim().min(1, 'Say why').max(1000);

export const evidenceSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mime: z.string(),
  sizeBytes: z.number().int(),
  /** SHA-256 of the bytes when added, hex: what the owner cites to a carrier. */
  sha256: z.string(),
  addedBy: z.string(),
  addedAt: z.number().int(),
  removed: z.object({ at: z.number().int(), by: z.string() }).nullable(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** The file itself, as the renderer sends it; written completely or not at all. */
export const evidenceUploadFields = {
  fileName: z.string().trim().min(1, 'The file needs a name').max(255),
  mime: z.string().max(200).default('application/octet-stream'),
  dataBase64: z
    .string()
    .min(1, 'The file is empty')
    .max(Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4, 'The file is larger than 20 MB')
    .base64('The file could not be read'),
};

export const evidenceChannels = {
  /** A file's bytes (an incident's or an order's), checked against the hash taken when added. */
  'evidence.file': channel({
    input: z.object({ id }).strict(),
    output: z.object({ fileName: z.string(), mime: z.string(), dataBase64: z.string() }),
    role: 'operator',
  }),
  /** The order's files, removed ones too (crossed out), oldest first. */
  'orders.evidence': channel({
    input: z.object({ orderId: id }).strict(),
    output: z.array(evidenceSchema),
    role: 'operator',
  }),
  'orders.addEvidence': channel({
    input: z.object({ orderId: id, ...evidenceUploadFields }).strict(),
    output: z.array(evidenceSchema),
    role: 'operator',
  }),
  /** Hidden from the order (and its incidents), kept on disk and in the audit log. */
  'orders.removeEvidence': channel({
    input: z.object({ id, reason }).strict(),
    output: z.array(evidenceSchema),
    role: 'owner',
  }),
};
