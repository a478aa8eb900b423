import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

const sealedPrefix = 'aes-256-gcm:';
const plainPrefix = 'plain:';

/**
 * Seals secrets that must be read back in the clear (a trunk's digest password) before they
 * go into the shared database: AES-256-GCM under a key derived from the operator's passphrase
 * (every node is given the same one), bound to the workspace so a sealed value copied into
 * another workspace's row does not open. Without a passphrase values are kept as they are,
 * marked so, and a later passphrase still reads them (and seals them when next written).
 */
export class SecretBox {
  private readonly key: Buffer | undefined;

  constructor(passphrase: string | undefined) {
    this.key = passphrase ? scryptSync(passphrase, 'switchboard secret box v1', 32) : undefined;
  }

  get sealing(): boolean {
    return this.key !== undefined;
  }

  seal(plain: string, context: string): string {
    if (!this.key) return plainPrefix + plain;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${sealedPrefix}${[iv, cipher.getAuthTag(), body].map((part) => part.toString('base64')).join(':')}`;
  }

  /** The secret; throws (naming no secret) when it is sealed with a key this node lacks. */
  open(stored: string, context: string): string {
    if (stored.startsWith(plainPrefix)) return stored.slice(plainPrefix.length);
    if (!stored.startsWith(sealedPrefix)) throw new Error('stored secret has an unknown format');
    if (!this.key)
      throw new Error(
        'a stored secret is sealed: give this node the secrets passphrase (SWITCHBOARD_SECRETS_KEY)',
      );
    const [iv, tag, body] = stored
      .slice(sealedPrefix.length)
      .split(':')
      .map((part) => Buffer.from(part, 'base64'));
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv!);
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(tag!);
      return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(
        'a stored secret does not open with this node’s secrets passphrase (SWITCHBOARD_SECRETS_KEY)',
      );
    }
  }
}
