/** A person's organization and name, from the cache or one `GET /api/v2/persons/{id}` that refills it. */
import { isCrmError } from '../../http/crm-error';
import type { PipedriveApi } from './api';
import type { PipedriveCaches } from './caches';

export async function fetchPerson(api: PipedriveApi, caches: PipedriveCaches, personId: number) {
  const person = await api.person(personId);
  await Promise.all([caches.orgIds.setMany([[String(personId), person.org_id ?? null]]), caches.names.setMany([[String(personId), person.name]])]);
  return { orgId: person.org_id ?? null, name: person.name };
}

export async function orgIdOf(api: PipedriveApi, caches: PipedriveCaches, personId: number): Promise<{ orgId: number | null; cached: boolean }> {
  const cached = await caches.orgIds.get(String(personId));
  if (cached !== undefined) return { orgId: cached, cached: true };
  return { orgId: (await fetchPerson(api, caches, personId)).orgId, cached: false };
}

/** The name shown for a logged call; `Unknown` when the activity has no person or the person is gone. */
export async function personNameOf(api: PipedriveApi, caches: PipedriveCaches, personId: number | null | undefined): Promise<string> {
  if (!personId) return 'Unknown';
  const cached = await caches.names.get(String(personId));
  if (cached !== undefined) return cached;
  try {
    return (await fetchPerson(api, caches, personId)).name;
  } catch (failure) {
    if (isCrmError(failure) && failure.code === 'notFound') return 'Unknown';
    throw failure;
  }
}
