import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scryptSync,
  timingSafeEqual,
} from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { fsyncFile } from '../files';

// Backup encryption (DESIGN §6): AES-256-GCM with a key derived from the owner's passphrase by
// scrypt. Each file is MAGIC + 12-byte IV + ciphertext + 16-byte tag. The manifest keeps the salt
// and an HMAC of a fixed text under the key, so a wrong passphrase is told apart from a damaged
// file (GCM alone only says "does not decrypt").

const MAGIC = Buffer.from('SDENC1\n');
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KDF = { N: 2 ** 15, r: 8, p: 1 } as const;

export interface KeyMaterial {
  salt: string;
  keyCheck: string;
}

export function deriveKey(passphrase: string, saltHex: string): Buffer {
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(saltHex, 'hex'), 32, {
    ...KDF,
    maxmem: 64 * 1024 * 1024,
  });
}

const check = (key: Buffer) => createHmac('sha256', key).update('ShopDesk backup key check').digest('hex');

export function newKey(passphrase: string): { key: Buffer; material: KeyMaterial } {
  const salt = randomBytes(16).toString('hex');
  const key = deriveKey(passphrase, salt);
  return { key, material: { salt, keyCheck: check(key) } };
}

/** The key for this passphrase, or null when the passphrase is not the one the backup was made with. */
export function unlock(passphrase: string, material: KeyMaterial): Buffer | null {
  const key = deriveKey(passphrase, material.salt);
  const expected = Buffer.from(material.keyCheck, 'hex');
  const actual = Buffer.from(check(key), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? key : null;
}

export async function encryptFile(source: string, target: string, key: Buffer): Promise<void> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const out = createWriteStream(target);
  out.write(MAGIC);
  out.write(iv);
  await pipeline(createReadStream(source), cipher, out, { end: false });
  await new Promise<void>((resolve, reject) =>
    out.end(cipher.getAuthTag(), (error?: Error | null) => (error ? reject(error) : resolve())),
  );
  fsyncFile(target);
}

export class DecryptError extends Error {}

/** Decrypts to `target`; throws DecryptError when the file is not ours, cut short, or altered. */
export async function decryptFile(source: string, target: string, key: Buffer, size: number): Promise<void> {
  if (size < MAGIC.length + IV_BYTES + TAG_BYTES) throw new DecryptError('too short');
  const fd = openSync(source, 'r');
  const head = Buffer.alloc(MAGIC.length + IV_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    readSync(fd, head, 0, head.length, 0);
    readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    closeSync(fd);
  }
  if (!head.subarray(0, MAGIC.length).equals(MAGIC)) throw new DecryptError('not an encrypted ShopDesk file');
  const decipher = createDecipheriv('aes-256-gcm', key, head.subarray(MAGIC.length));
  decipher.setAuthTag(tag);
  try {
    await pipeline(
      createReadStream(source, { start: head.length, end: size - TAG_BYTES - 1 }),
      decipher,
      createWriteStream(target),
    );
  } catch (error) {
    throw new DecryptError((error as Error).message);
  }
  fsyncFile(target);
}
