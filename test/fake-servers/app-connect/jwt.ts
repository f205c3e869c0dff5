/** HS256 JWTs as App Connect issues them: `{ id, platform, iat, exp }`, 14 days by default. */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface JwtPayload {
  id: string;
  platform: string;
  iat: number;
  exp: number;
}

export const JWT_LIFETIME_SECONDS = 14 * 24 * 3600;
/** The server sends a fresh token when fewer than 7 days are left. */
export const JWT_REFRESH_THRESHOLD_SECONDS = 7 * 24 * 3600;

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

export function signJwt(secret: string, { id, platform }: { id: string; platform: string }, lifetimeSeconds = JWT_LIFETIME_SECONDS): string {
  const iat = Math.floor(Date.now() / 1000);
  const head = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify({ id, platform, iat, exp: iat + lifetimeSeconds }))}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

/** The payload of a token this server signed and that has not expired; null otherwise. */
export function verifyJwt(secret: string, token: string): JwtPayload | null {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return null;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as JwtPayload;
    return data.exp > Date.now() / 1000 ? data : null;
  } catch {
    return null;
  }
}
