/**
 * The Messages view says why a conversation-day cannot be logged, and offers no Log button then:
 * nobody in it has a number (a voicemail from a withheld number, a text to one's own number), or
 * the connected CRM takes no message logs (asked of the real router: GET /implementedInterfaces).
 * The page's rule and the worker's `peopleToLog` agree on the same days (both read `peopleWithNumber`).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { peopleToLog } from '../../src/logging/auto-log/people-to-log';
import { groupConversations } from '../../src/protocol/conversations';
import type { Conversation } from '../../src/protocol/message-answers';
import type { MessageRecord } from '../../src/protocol/message-record';
import { renderConversations } from '../../src/ui/sidepanel/messages/conversation-list';
import { renderMessageForm } from '../../src/ui/sidepanel/messages/message-form';
import { noMessageLogsText } from '../../src/ui/sidepanel/messages/message-log-support';
import { nobodyToLogText } from '../../src/ui/sidepanel/messages/nobody-to-log';
import { api } from '../support/api';
import { AGENT_NUMBER, DANA, MARCUS, sms, voicemail } from '../support/message-fixtures';
import { resetExtension } from '../support/reset';

const inConversation = (conversationId: number, message: ReturnType<typeof sms>) => ({ ...message, conversationId });
const days = groupConversations([
  inConversation(7001, sms('9101', '2026-03-02T12:00:00Z', 'Call me back?', DANA)),
  inConversation(7103, sms('9104', '2026-03-02T10:05:00Z', 'See you both at 10.', 'agent', [MARCUS, DANA])),
  { ...voicemail('9105', '2026-03-02T09:00:00Z', 'https://service.ringcentral.com/vm/9105'), from: { name: 'Anonymous' } },
  inConversation(7106, sms('9106', '2026-03-02T08:00:00Z', 'Buy milk', 'agent', [{ name: 'Me', phoneNumber: AGENT_NUMBER }])),
] as MessageRecord[]);
const [dana, group, withheld, toSelf] = days as [Conversation, Conversation, Conversation, Conversation];

beforeEach(async () => {
  await resetExtension();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => api(message as Parameters<typeof api>[0]));
  document.body.replaceChildren();
});

describe('a day nobody can log', () => {
  it('is the day the worker finds nobody to log for, and says why', () => {
    expect(days.map((day) => nobodyToLogText(day) === undefined)).toEqual(days.map((day) => peopleToLog(day, []).length > 0));
    expect([dana, group].map(nobodyToLogText)).toEqual([undefined, undefined]);
    expect(nobodyToLogText(withheld)).toBe('Nobody to log this for: the number was withheld.');
    expect(nobodyToLogText(toSelf)).toBe('Nobody to log this for: it is a message to your own number.');
  });

  it('shows the reason under the day in the list, not under the others', () => {
    const list = document.createElement('ul');
    renderConversations(list, document.createElement('p'), days, [], () => undefined);
    const reasons = [...list.querySelectorAll('li')].map((li) => li.querySelector('.call-reason')?.textContent);
    expect(reasons).toEqual([undefined, undefined, nobodyToLogText(withheld), nobodyToLogText(toSelf)]);
  });

  it('opens without a Log button, with the reason; a day with someone in it keeps its button', () => {
    const view = document.createElement('section');
    const deps = { platform: 'testCRM', crmName: 'Example CRM', entries: [], close: () => undefined };
    renderMessageForm(view, withheld, { ...deps, cannotLog: nobodyToLogText(withheld) });
    expect(view.querySelector('button.primary')).toBeNull();
    expect(view.querySelector('.call-reason')?.textContent).toBe('Nobody to log this for: the number was withheld.');
    renderMessageForm(view, dana, deps);
    expect(view.querySelector('button.primary')?.textContent).toBe('Log messages');
  });
});

describe('a CRM without message logs', () => {
  it('is named with the CRMs that take them, as their connectors say', async () => {
    expect(await noMessageLogsText({ platform: 'clio', displayName: 'Clio' })).toBe(
      'Clio does not take message logs in this extension; the CRMs that do: Example CRM and Pipedrive. To log messages, connect one of them in Options.',
    );
    expect(await noMessageLogsText({ platform: 'pipedrive', displayName: 'Pipedrive' })).toBeUndefined();
    expect(await noMessageLogsText({ platform: 'testCRM', displayName: 'Example CRM' })).toBeUndefined();
  });
});
