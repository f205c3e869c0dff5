/**
 * Auto-log of messages into the fake Pipedrive, counted on the fake: what one conversation-day
 * costs in requests (new day cold and warm, appended messages, the same again), and one activity
 * per day whatever runs at once.
 */
import { describe, expect, it } from 'vitest';
import { autoLogSession } from '../../../src/backends/auto-log-session';
import { autoLogSetting } from '../../../src/logging/auto-log/auto-log-setting';
import { setAutoLogSession } from '../../../src/logging/auto-log/run-auto-log';
import { runMessageAutoLog } from '../../../src/logging/auto-log/run-message-auto-log';
import { withConversationReasons } from '../../../src/logging/auto-log/conversation-reasons';
import { groupConversations } from '../../../src/protocol/conversations';
import type { MessageRecord } from '../../../src/protocol/message-record';
import { defaultAutoLogSettings } from '../../../src/protocol/schemas/auto-log-settings';
import { MARCUS, dayOne, sms } from '../../support/message-fixtures';
import { requestCounter } from '../../support/request-budget';
import { connectPipedrive } from '../../connectors/pipedrive/connect-pipedrive';

const marcusDay = (day: string, ids: string[]) =>
  ids.map((id, i) => sms(id, `2026-03-${day}T1${i}:00:00Z`, `Message ${id}.`, i % 2 ? 'agent' : MARCUS, [MARCUS]));
const conversationsOf = (messages: unknown[]) => groupConversations(messages as MessageRecord[]);
const count = (text: string, part: string) => text.split(part).length - 1;

async function connected() {
  const company = await connectPipedrive();
  setAutoLogSession(autoLogSession);
  await autoLogSetting.set({ ...defaultAutoLogSettings, enabled: true });
  return company;
}

describe('auto-log of messages (Pipedrive)', () => {
  it('costs 6 requests for a new day cold, 5 warm (the contact looked up again), 2 to append and none for the same again', async () => {
    const company = await connected();
    const { count: requests, forgetCaches } = requestCounter(company);
    await forgetCaches();
    const first = conversationsOf(marcusDay('02', ['7101', '7102', '7103']));
    const lines: string[][] = [];
    const measure = async (work: () => Promise<unknown>) => {
      const n = await requests(work);
      lines.push(await company.requestLines());
      return n;
    };
    const cold = await measure(() => runMessageAutoLog(first));
    const warm = await measure(() => runMessageAutoLog(conversationsOf(marcusDay('03', ['7201', '7202']))));
    const append = await measure(() => runMessageAutoLog(conversationsOf(marcusDay('02', ['7101', '7102', '7103', '7104']))));
    const again = await measure(() => runMessageAutoLog(conversationsOf(marcusDay('02', ['7101', '7102', '7103', '7104']))));
    expect({ cold, warm, append, again }, JSON.stringify(lines)).toEqual({ cold: 6, warm: 5, append: 2, again: 0 });
    // The lookup is a search plus the person's deals, leads and record; an append needs none: the ledger knows the person.
    expect(lines[1]).toEqual([
      'GET /api/v2/persons/search',
      'GET /api/v2/deals',
      'GET /api/v1/leads',
      'GET /api/v2/persons',
      'POST /api/v2/activities',
    ]);
    expect(lines[2]).toEqual(['GET /api/v2/activities/5530', 'PATCH /api/v2/activities/5530']);
    const activities = (await company.state()).activities;
    expect(activities.map((a) => [a.person_id, a.subject])).toEqual([
      [803, 'SMS conversation with Marcus Bell - 2026-03-02'],
      [803, 'SMS conversation with Marcus Bell - 2026-03-03'],
    ]);
    expect(activities[0]!.note).toContain('RingCentral message ids: 7101, 7102, 7103, 7104');
  });

  it('logs a group day for the person Pipedrive has and says why not for the other, at a counted cost', async () => {
    const company = await connected();
    const { count: requests } = requestCounter(company);
    const PAT = { name: 'Pat Doe', phoneNumber: '+19175550100' };
    const group = (ids: string[]) =>
      conversationsOf(ids.map((id, i) => sms(id, `2026-03-06T1${i}:00:00Z`, `Message ${id}.`, i % 2 ? MARCUS : 'agent', [MARCUS, PAT])));
    let result: unknown;
    const newDay = await requests(async () => (result = (await runMessageAutoLog(group(['7401', '7402']))).values().next().value));
    expect(result).toMatchObject({ outcome: 'logged', left: { numbers: [PAT.phoneNumber], reason: 'noMatch' } });
    const [day] = await withConversationReasons(group(['7401', '7402']));
    expect(day).toMatchObject({ unloggedReason: 'noMatch', unloggedFor: 'Pat Doe' });
    // A new message: appended to Marcus's activity (no lookup: the ledger knows him), and Pat looked up again.
    const append = await requests(() => runMessageAutoLog(group(['7401', '7402', '7403'])));
    const appendLines = await company.requestLines();
    const again = await requests(() => runMessageAutoLog(group(['7401', '7402', '7403'])));
    expect({ newDay, append, again }).toEqual({ newDay: 7, append: 3, again: 0 });
    expect(appendLines).toEqual(['GET /api/v2/persons/search', 'GET /api/v2/activities/5530', 'PATCH /api/v2/activities/5530']);
    expect((await company.state()).activities.map((a) => a.person_id)).toEqual([803]);
  });

  it('leaves a number two persons share, and makes one activity from ten passes at once', async () => {
    const company = await connected();
    const [dana] = conversationsOf(dayOne);
    expect((await runMessageAutoLog([dana!])).get(dana!.conversationLogId)).toEqual({
      outcome: 'unlogged',
      reason: 'severalMatches',
      detail: 'Dana Whitfield, Sam Whitfield',
    });
    const marcus = conversationsOf(marcusDay('05', ['7301', '7302', '7303']));
    await Promise.all(Array.from({ length: 10 }, () => runMessageAutoLog(marcus)));
    const activities = (await company.state()).activities;
    expect(activities).toHaveLength(1);
    for (const id of ['7301', '7302', '7303']) expect(count(activities[0]!.note!, `Message ${id}.`)).toBe(1);
  });
});
