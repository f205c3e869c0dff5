/**
 * Which activity type a call is logged as (docs/pipedrive.md, "Activity type"): the admin's
 * choice if the company still has it, else the first active type whose name contains "call".
 * The list is cached for a day; a miss refreshes it once, so a type an admin just added is found.
 */
import type { PipedriveApi } from './api';
import type { ActivityType, PipedriveCaches } from './caches';
import { callActivityTypeSetting } from './settings';

const KEY = 'all';

export async function resolveCallActivityType(api: PipedriveApi, caches: PipedriveCaches): Promise<string | null> {
  const configured = await callActivityTypeSetting.get();
  const pick = (types: ActivityType[]) =>
    (configured ? types.find((type) => type.const === configured)?.const : undefined) ??
    types.find((type) => type.title.toLowerCase().includes('call'))?.const;
  const cached = await caches.activityTypes.get(KEY);
  if (cached) {
    const hit = pick(cached);
    // The configured type missing from a cached list may be new: look again before settling.
    if (hit && (!configured || hit === configured)) return hit;
  }
  return pick(await loadActivityTypes(api, caches)) ?? null;
}

/** Fills a cold cache ahead of the first log, so logging a just-matched contact is one request. */
export async function warmActivityTypes(api: PipedriveApi, caches: PipedriveCaches): Promise<void> {
  if (await caches.activityTypes.get(KEY)) return;
  await loadActivityTypes(api, caches).catch(() => undefined);
}

async function loadActivityTypes(api: PipedriveApi, caches: PipedriveCaches): Promise<ActivityType[]> {
  const types = (await api.activityTypes()).filter((type) => type.active_flag).map((type) => ({ const: type.key_string, title: type.name }));
  await caches.activityTypes.setMany([[KEY, types]]);
  return types;
}
