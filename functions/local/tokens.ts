/**
 * Staff tokens for local mode: JWTs signed (HS256) with a key kept in the data folder, carrying
 * the same claims a Cognito token gives the staff API (`cognito:username`, `cognito:groups`).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'portal-triage-local';

export class LocalTokens {
  readonly #key: Uint8Array;

  constructor(dataDir: string) {
    const file = join(dataDir, 'token-key');
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
    this.#key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  }

  async issue(user: string, groups: readonly string[], hours = 12): Promise<string> {
    return new SignJWT({ 'cognito:username': user, 'cognito:groups': [...groups] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${hours}h`)
      .sign(this.#key);
  }

  /** The claims of a valid token, or null (bad signature, expired, other issuer). */
  async verify(token: string): Promise<Record<string, unknown> | null> {
    try {
      const { payload } = await jwtVerify(token, this.#key, { issuer: ISSUER, algorithms: ['HS256'] });
      return payload as Record<string, unknown>;
    } catch {
      return null;
    }
  }
}
