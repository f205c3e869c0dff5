/**
 * The Example CRM's own "UI": one call log as the CRM stores it (the link "Open in Example CRM"
 * of the side panel lands here), or the latest logs. It reads the Example CRM's database
 * directly, as a CRM's web app reads its own data.
 */
import { exampleCrmDb, type ExampleActivity } from '../connectors/testCRM/store';
import { h } from './dom';

export async function showExampleCrmActivity(container: HTMLElement, logId: string): Promise<void> {
  const db = await exampleCrmDb();
  const activity = /^\d+$/.test(logId) ? await db.get('activities', Number(logId)) : undefined;
  if (!activity) {
    const latest = (await db.getAll('activities')).slice(-20).reverse();
    container.replaceChildren(
      h('p', {}, logId ? `The Example CRM has no call log ${logId}.` : 'Latest call logs:'),
      h('ul', {}, latest.map((a) => h('li', {}, h('a', { href: `#${a.id}` }, `${a.subject || 'Call'} (#${a.id})`)))),
    );
    return;
  }
  const contact = await db.get('contacts', activity.contactId);
  const deal = activity.dealId ? await db.get('deals', activity.dealId) : undefined;
  container.replaceChildren(
    h(
      'section',
      { 'aria-labelledby': 'activity-heading' },
      h('h2', { id: 'activity-heading' }, `Call log #${activity.id}`),
      h('dl', { class: 'facts' }, fact('Contact', contact?.name ?? activity.contactId), fact('Deal', deal?.title ?? 'None'), fact('Subject', activity.subject), fact('Updated', when(activity))),
      h('h3', {}, 'Body'),
      h('pre', { class: 'crm-body' }, activity.body),
    ),
  );
}

function fact(term: string, value: string): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, value)];
}

function when(activity: ExampleActivity): string {
  return new Date(activity.updatedAt).toLocaleString();
}
