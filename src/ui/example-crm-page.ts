/**
 * The Example CRM's own "UI": one call log as the CRM stores it (the link "Open in Example CRM"
 * of the side panel lands here), or the latest logs. It draws what it is given; the entrypoint
 * reads it from the Example CRM (src/connectors/testCRM/read-record.ts), so this page holds no
 * connector code.
 */
import { h } from './dom';

/** The fields of an Example CRM activity the page shows. */
export interface ExampleCrmActivity {
  id: number;
  contactId: string;
  subject: string;
  body: string;
  updatedAt: string;
}

export type ExampleCrmView =
  | { activity: ExampleCrmActivity; contact: { name: string } | undefined; deal: { title: string } | undefined }
  | { latest: Pick<ExampleCrmActivity, 'id' | 'subject'>[] };

export function renderExampleCrmRecord(container: HTMLElement, logId: string, view: ExampleCrmView): void {
  if ('latest' in view) {
    container.replaceChildren(
      h('p', {}, logId ? `The Example CRM has no call log ${logId}.` : 'Latest call logs:'),
      h(
        'ul',
        {},
        view.latest.map((a) => h('li', {}, h('a', { href: `#${a.id}` }, `${a.subject || 'Call'} (#${a.id})`))),
      ),
    );
    return;
  }
  const { activity, contact, deal } = view;
  container.replaceChildren(
    h(
      'section',
      { 'aria-labelledby': 'activity-heading' },
      h('h2', { id: 'activity-heading' }, `Call log #${activity.id}`),
      h(
        'dl',
        { class: 'facts' },
        fact('Contact', contact?.name ?? activity.contactId),
        fact('Deal', deal?.title ?? 'None'),
        fact('Subject', activity.subject),
        fact('Updated', new Date(activity.updatedAt).toLocaleString()),
      ),
      h('h3', {}, 'Body'),
      h('pre', { class: 'crm-body' }, activity.body),
    ),
  );
}

function fact(term: string, value: string): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, value)];
}
