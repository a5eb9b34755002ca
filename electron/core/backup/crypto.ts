import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scryptSync,
  timingSafeEqual,
} from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, readSync, writeSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { fsyncFile } from '../files';

// Backup encryption (DESIGN §6): AES-256-GCM with a key derived from the owner's passphrase by
// scrypt. Each file is MAGIC + 12-byte IV + ciphertext + 16-byte tag. The manifest keeps the salt,
// the scrypt parameters and an HMAC of a fixed text under the key, so a wrong passphrase is told
// apart from a damaged file (GCM alone only says "does not decrypt").

const MAGIC = Buffer.from('SDENC1\n');
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Kdf {
  N: number;
  r: number;
  p: number;
}
/** New keys: OWASP's scrypt floor. */
export const KDF: Kdf = { N: 2 ** 17, r: 8, p: 1 };
/** What backups made before the parameters were written down used (their manifest has no kdf). */
export const LEGACY_KDF: Kdf = { N: 2 ** 15, r: 8, p: 1 };
/** A manifest may ask for at most this much work, so a hostile one cannot hang the worker. */
const MAX_N = 2 ** 20;

export interface KeyMaterial {
  salt: string;
  keyCheck: string;
  /** Absent in backups made before it was recorded: those used LEGACY_KDF. */
  kdf?: Kdf;
}

/** A key the app keeps between runs (in the OS key store) so every backup it makes is encrypted. */
export interface BackupKey {
  key: Buffer;
  material: KeyMaterial;
}

export class DecryptError extends Error {}

export function deriveKey(passphrase: string, saltHex: string, kdf: Kdf = KDF): Buffer {
  if (kdf.N > MAX_N || kdf.r > 32 || kdf.p > 16) throw new DecryptError('scrypt parameters out of range');
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(saltHex, 'hex'), 32, {
    ...kdf,
    // scrypt needs 128 · N · r bytes; the default 32 MiB is below what N = 2^17 asks.
    maxmem: 256 * kdf.N * kdf.r,
  });
}

const check = (key: Buffer) => createHmac('sha256', key).update('ShopDesk backup key check').digest('hex');

export function newKey(passphrase: string): BackupKey {
  const salt = randomBytes(16).toString('hex');
  const key = deriveKey(passphrase, salt, KDF);
  return { key, material: { salt, keyCheck: check(key), kdf: { ...KDF } } };
}

/** The key for this passphrase, or null when the passphrase is not the one the backup was made with. */
export function unlock(passphrase: string, material: KeyMaterial): Buffer | null {
  const key = deriveKey(passphrase, material.salt, material.kdf ?? LEGACY_KDF);
  const expected = Buffer.from(material.keyCheck, 'hex');
  const actual = Buffer.from(check(key), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? key : null;
}

/** A key as text (for the key store and for the message to the worker thread) and back. */
export function encodeBackupKey(key: BackupKey): string {
  return JSON.stringify({ key: key.key.toString('hex'), material: key.material });
}
export function decodeBackupKey(text: string): BackupKey {
  const parsed = JSON.parse(text) as { key: string; material: KeyMaterial };
  const key = Buffer.from(parsed.key, 'hex');
  if (key.length !== 32 || check(key) !== parsed.material.keyCheck) throw new Error('not a backup key');
  return { key, material: parsed.material };
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

/** The same file format, written synchronously: the backup before a migration runs at startup. */
export function encryptFileSync(source: string, target: string, key: Buffer): void {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const input = openSync(source, 'r');
  const output = openSync(target, 'w');
  try {
    writeSync(output, Buffer.concat([MAGIC, iv]));
    const chunk = Buffer.alloc(1 << 20);
    for (let read; (read = readSync(input, chunk)) > 0;)
      writeSync(output, cipher.update(chunk.subarray(0, read)));
    writeSync(output, cipher.final());
    writeSync(output, cipher.getAuthTag());
  } finally {
    closeSync(input);
    closeSync(output);
  }
  fsyncFile(target);
}

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
