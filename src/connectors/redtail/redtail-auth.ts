/**
 * Redtail's three credentials (docs/redtail.md, "Auth"): the firm's partner key from Options,
 * the user's name and password, sent once to `GET /authentication`, and the user key it answers,
 * the only thing kept. The core hands a connector its stored credential as `authHeader`; here
 * that is the user key (the password during the login) under a name that is never sent.
 */
import { createCrmClient } from '../../http/crm-client';
import { CrmError } from '../../http/crm-error';
import { partnerKeyFor } from '../partner-keys';
import type { AuthHeader } from '../types';
import { redtailMetadata } from './metadata';
import * as s from './schemas';

const SECRET = 'x-redtail-secret';

export const secretHeader = (secret: string): AuthHeader => ({ [SECRET]: secret });
export const secretOf = (authHeader: AuthHeader): string => authHeader[SECRET] ?? '';

/** `Basic` over UTF-8 (a password may hold any character; `btoa` takes Latin-1 only). */
export function basicAuth(...parts: string[]): AuthHeader {
  const bytes = new TextEncoder().encode(parts.join(':'));
  return { authorization: `Basic ${btoa(String.fromCharCode(...bytes))}` };
}

export const NO_PARTNER_KEY =
  'No Redtail partner API key is set in this browser. An admin enters the firm’s key in Options → CRM (Redtail), or log through an App Connect server (Options → Where calls are logged from).';

const apiRootOf = (apiRoot: string | undefined) => (apiRoot || redtailMetadata.partnerKey.defaultApiRoot).replace(/\/+$/, '');

export async function redtailSetup(): Promise<{ partnerKey: string; apiRoot: string }> {
  const { partnerKey, apiRoot } = await partnerKeyFor('redtail');
  if (!partnerKey) throw new CrmError('rejected', 'redtail', NO_PARTNER_KEY);
  return { partnerKey, apiRoot: apiRootOf(apiRoot) };
}

/**
 * `GET /authentication` with the name and password: the user key, or why not — Redtail refused
 * them (401), or no partner key is set to send them with.
 */
export async function logIn(username: string, password: string): Promise<{ userKey: string; name: string } | 'refused' | 'noPartnerKey'> {
  const { partnerKey, apiRoot } = await partnerKeyFor('redtail');
  if (!partnerKey) return 'noPartnerKey';
  const client = createCrmClient({
    connectorId: 'redtail',
    crmName: 'Redtail',
    baseUrl: apiRootOf(apiRoot),
    headers: basicAuth(partnerKey, username, password),
  });
  try {
    const { authenticated_user: user } = await client.send({ method: 'GET', path: 'authentication', schema: s.authentication });
    return { userKey: user.user_key, name: user.name?.trim() || username };
  } catch (failure) {
    if (failure instanceof CrmError && failure.code === 'unauthorized' && failure.options.status === 401) return 'refused';
    throw failure;
  }
}
