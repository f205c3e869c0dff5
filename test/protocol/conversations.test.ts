/** Conversation-days from message-store records: by conversation and day, voicemail and fax alone, group members once. */
import { describe, expect, it } from 'vitest';
import { groupConversations } from '../../src/protocol/conversations';
import { DANA, MARCUS, dayOne, fax, sms, voicemail } from '../support/message-fixtures';
import { conversationState } from '../../src/ui/sidepanel/messages/conversation-state';

describe('groupConversations', () => {
  it('makes one conversation-day per conversation and day, newest first', () => {
    const messages = [
      ...dayOne,
      sms('1101', '2026-03-05T12:00:00Z', 'Later that week.'),
      voicemail('2001', '2026-03-02T12:00:00Z', 'v'),
      fax('3001', '2026-03-02T13:00:00Z', 'f'),
    ];
    const conversations = groupConversations(messages as never);
    expect(conversations.map((c) => [c.conversationId, c.kind, c.messages.length])).toEqual([
      ['7001', 'SMS', 1],
      ['7001', 'SMS', 3],
      ['message-3001', 'Fax', 1],
      ['message-2001', 'Voicemail', 1],
    ]);
    expect(conversations[1]!.conversationLogId).toMatch(/^7001-2026030[12]$/);
    expect(conversations[1]!.correspondents).toEqual([{ phoneNumber: DANA.phoneNumber, name: DANA.name }]);
  });

  it('lists each member of a group SMS once, never the user', () => {
    const group = [DANA, MARCUS];
    const [conversation] = groupConversations([
      sms('4001', '2026-03-05T10:00:00Z', 'Hi both.', 'agent', group),
      sms('4002', '2026-03-05T10:03:00Z', 'Thanks!', MARCUS),
    ] as never);
    expect(conversation!.correspondents.map((c) => c.name)).toEqual(['Marcus Bell', 'Dana Whitfield']);
  });

  it('tells logged, partly logged, waiting and not logged apart', () => {
    const [conversation] = groupConversations(dayOne as never);
    const entry = (messageIds: string[], state: 'logged' | 'pending' = 'logged') => ({
      conversationLogId: conversation!.conversationLogId,
      contactId: 'c-1',
      messageIds,
      state,
    });
    expect(conversationState(conversation!, [])).toBe('notLogged');
    expect(conversationState(conversation!, [entry(['1001'])])).toBe('partly');
    expect(conversationState(conversation!, [entry(['1001', '1002', '1003'])])).toBe('logged');
    expect(conversationState(conversation!, [entry(['1001'], 'pending')])).toBe('pending');
  });
});
