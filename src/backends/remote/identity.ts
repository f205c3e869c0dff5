/**
 * Whom a server's JWT stands for, read from its payload (`{ id, platform }`, as App Connect
 * signs it). The signature is the server's business: this only names the ledger's user.
 */
import * as z from 'zod/mini';

const payloadSchema = z.looseObject({
  id: z.union([z.string().check(z.minLength(1), z.maxLength(256)), z.number()]),
  platform: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});

export interface JwtIdentity {
  userId: string;
  platform?: string;
}

export function readJwtIdentity(jwtToken: string): JwtIdentity | undefined {
  const part = jwtToken.split('.')[1];
  if (!part) return undefined;
  try {
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const parsed = payloadSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? { userId: String(parsed.data.id), platform: parsed.data.platform } : undefined;
  } catch {
    return undefined;
  }
}
