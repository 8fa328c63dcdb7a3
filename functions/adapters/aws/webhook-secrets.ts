/**
 * The webhook signing secrets from Secrets Manager, through Powertools Parameters (cached).
 * The secret's value is JSON: {"current":"whsec_…","previous":"whsec_…"}; `previous` is set only
 * during a rotation, so deliveries signed with either are accepted until the portal switches.
 */
import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as z from 'zod/mini';
import { ConfigError } from '#core/errors.ts';
import type { WebhookSecrets } from '../../handlers/webhook/handler.ts';

const secret = z.string().check(z.regex(/^whsec_[A-Za-z0-9+/=]{16,}$/, 'a Standard Webhooks secret (whsec_…)'));
export const SecretValue = z.strictObject({ current: secret, previous: z.optional(secret) });

export interface SecretsManagerWebhookSecretsOptions {
  secretId: string;
  client?: SecretsManagerClient;
  /** Seconds a value is cached; a failed verification refreshes it at most this often. */
  maxAgeSeconds?: number;
}

export class SecretsManagerWebhookSecrets implements WebhookSecrets {
  readonly #provider: SecretsProvider;
  readonly #secretId: string;
  readonly #maxAge: number;
  #lastRefresh = 0;

  constructor(opts: SecretsManagerWebhookSecretsOptions) {
    this.#provider = new SecretsProvider(opts.client ? { awsSdkV3Client: opts.client } : {});
    this.#secretId = opts.secretId;
    this.#maxAge = opts.maxAgeSeconds ?? 300;
  }

  /**
   * 1. Read the secret (from the cache unless a refresh is asked and none happened lately).
   * 2. Validate its shape; a bad value is a configuration error (500), never an open door.
   */
  async get(opts: { refresh?: boolean } = {}): Promise<string[]> {
    const now = Date.now();
    const forceFetch = opts.refresh === true && now - this.#lastRefresh > this.#maxAge * 1000;
    if (forceFetch) this.#lastRefresh = now;
    const raw = await this.#provider.get(this.#secretId, { maxAge: this.#maxAge, forceFetch });
    let value: unknown;
    try {
      value = typeof raw === 'string' ? JSON.parse(raw) : undefined;
    } catch {
      value = undefined;
    }
    const parsed = SecretValue.safeParse(value);
    if (!parsed.success) {
      throw new ConfigError('invalid webhook secret', ['WEBHOOK_SECRET_ARN: value must be {"current":"whsec_…"}']);
    }
    return parsed.data.previous ? [parsed.data.current, parsed.data.previous] : [parsed.data.current];
  }
}
