import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's cost parameters: N = 2^log2N (work and memory), r (block size), p (parallelism). */
export interface PasswordCost {
  log2N: number;
  r: number;
  p: number;
}

/** Node's scrypt defaults (16 MB, tens of ms a hash): what every server uses unless told otherwise. */
export const standardPasswordCost: PasswordCost = { log2N: 14, r: 8, p: 1 };

const keyLength = 32;
/** A stored hash may ask for at most this much memory: a bigger one is refused, not computed. */
const maxMemory = 64 * 1024 * 1024;

/** Hashes people's passwords at one cost; verifies a stored hash at the cost written in it. */
export interface PasswordHashing {
  readonly cost: PasswordCost;
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  /** A hash made once for nobody, at this cost, to spend on sign-ins for unknown emails. */
  nobodysHash(): Promise<string>;
}

function derive(password: string, salt: Buffer, cost: PasswordCost, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password,
      salt,
      length,
      { N: 2 ** cost.log2N, r: cost.r, p: cost.p, maxmem: maxMemory + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

const memoryOf = (cost: PasswordCost) => 128 * 2 ** cost.log2N * cost.r * cost.p;

/** `ln=14,r=8,p=1` → the cost, or undefined when malformed or beyond what a hash may ask for. */
function parseCost(text: string): PasswordCost | undefined {
  const match = /^ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const cost = { log2N: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  if (cost.log2N < 1 || cost.r < 1 || cost.p < 1 || memoryOf(cost) > maxMemory) return undefined;
  return cost;
}

/** Passwords are chosen by people, so they get a slow, salted hash (scrypt). */
export function passwordHashing(cost: PasswordCost = standardPasswordCost): PasswordHashing {
  if (parseCost(`ln=${cost.log2N},r=${cost.r},p=${cost.p}`) === undefined)
    throw new Error(`password cost out of range: ${JSON.stringify(cost)}`);
  let nobody: Promise<string> | undefined;
  const hash = async (password: string) => {
    const salt = randomBytes(16);
    const key = await derive(password, salt, cost, keyLength);
    return `scrypt$ln=${cost.log2N},r=${cost.r},p=${cost.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
  };
  return {
    cost,
    hash,
    verify: verifyPassword,
    nobodysHash() {
      nobody ??= hash(randomBytes(16).toString('base64url'));
      return nobody;
    },
  };
}

/**
 * Checks a password against a stored hash at the cost the hash names; a hash without one
 * (`scrypt$salt$key`, as written before costs were recorded) was made at the standard cost.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts[0] !== 'scrypt' || (parts.length !== 3 && parts.length !== 4)) return false;
  const cost = parts.length === 4 ? parseCost(parts[1]!) : standardPasswordCost;
  const [salt, key] = parts.slice(-2);
  if (!cost || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  if (expected.length === 0) return false;
  const actual = await derive(password, Buffer.from(salt, 'base64url'), cost, expected.length);
  return timingSafeEqual(expected, actual);
}
