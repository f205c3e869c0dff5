/** getCallLog and the disposition links of an event (docs/insightly.md, "Reading and changing a log"). */
import { isCrmError } from '../../http/crm-error';
import type { InsightlyApi } from './api';
import type { InsightlyCaches } from './caches';
import { nameOf } from './find-contact';
import type { Link } from './schemas';
import { LINK_KINDS, linkName } from './to-event';

export async function readEvent(api: InsightlyApi, caches: InsightlyCaches, callLogId: string) {
  const event = await api.event(callLogId);
  const dispositions = Object.fromEntries(LINK_KINDS.map((kind) => [kind, linkOf(event.LINKS, linkName(kind))?.LINK_OBJECT_ID ?? null]));
  return {
    callLogInfo: {
      subject: event.TITLE ?? '',
      fullBody: event.DETAILS ?? '',
      contactName: await personName(api, caches, linkOf(event.LINKS, 'Contact') ?? linkOf(event.LINKS, 'Lead')),
      dispositions,
    },
  };
}

export function linkOf(links: Link[], name: string): Link | undefined {
  return links.find((link) => link.LINK_OBJECT_NAME.toLowerCase() === name.toLowerCase());
}

async function personName(api: InsightlyApi, caches: InsightlyCaches, link: Link | undefined): Promise<string> {
  if (!link) return 'Unknown';
  const type = link.LINK_OBJECT_NAME.toLowerCase() === 'lead' ? 'Lead' : 'Contact';
  const key = `${type}:${link.LINK_OBJECT_ID}`;
  const cached = await caches.names.get(key);
  if (cached !== undefined) return cached;
  try {
    const name = nameOf(await api.record(type === 'Lead' ? 'Leads' : 'Contacts', String(link.LINK_OBJECT_ID)));
    await caches.names.setMany([[key, name]]);
    return name;
  } catch (failure) {
    if (isCrmError(failure) && failure.code === 'notFound') return 'Unknown';
    throw failure;
  }
}

/** Sets each given link kind to the chosen record: one that is already right costs nothing. */
export async function setLinks(api: InsightlyApi, eventId: string, dispositions: Record<string, unknown>): Promise<boolean> {
  const wanted = LINK_KINDS.filter((kind) => dispositions[kind] !== undefined && dispositions[kind] !== null && dispositions[kind] !== '');
  if (!wanted.length) return false;
  const { LINKS } = await api.event(eventId);
  for (const kind of wanted) {
    const id = Number(dispositions[kind]);
    const existing = linkOf(LINKS, linkName(kind));
    if (existing?.LINK_OBJECT_ID === id) continue;
    if (existing?.LINK_ID) await api.removeLink(eventId, existing.LINK_ID);
    await api.addLink(eventId, { LINK_OBJECT_NAME: linkName(kind), LINK_OBJECT_ID: id });
  }
  return true;
}
