import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum (19 MiB, 2 passes): ~30 ms here, slow enough for guessing.
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 };
// Under Vitest only (it sets VITEST in every worker), the smallest cost argon2 takes: the suite
// signs in hundreds of times, and a verify costs what the stored hash was made with, so the
// full cost would be half a minute of CPU per run for no test's sake. Still argon2id, so a stored
// hash looks the same. Never set VITEST on a server: production always takes OPTIONS.
const TEST_OPTIONS = { ...OPTIONS, memoryCost: 64, timeCost: 1 };
const COST = process.env.VITEST ? TEST_OPTIONS : OPTIONS;

export const hashPassword = (plain: string) => hash(plain, COST);

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

// Verifying against this when the user does not exist keeps the response time the same,
// so timing does not tell which usernames exist.
let dummy: Promise<string> | null = null;
export async function burnVerify(plain: string) {
  dummy ??= hashPassword('not-a-real-password');
  await verifyPassword(await dummy, plain);
}
