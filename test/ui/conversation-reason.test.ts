/** How the Messages view words the reason auto-log left a conversation (pure). */
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/protocol/message-answers';
import { conversationReasonText } from '../../src/ui/sidepanel/messages/conversation-state';

const day: Conversation = {
  conversationLogId: '7001-20260302',
  conversationId: '7001',
  day: '2026-03-02',
  kind: 'SMS',
  correspondents: [],
  messages: [],
};

describe('conversationReasonText', () => {
  it('uses the Calls view words, but sends a conversation with no contact to the CRM, since its form cannot create one', () => {
    expect(conversationReasonText(day)).toBeUndefined();
    expect(conversationReasonText({ ...day, unloggedReason: 'severalMatches', unloggedDetail: 'Dana Whitfield, Sam Whitfield' })).toBe(
      'Several contacts match (Dana Whitfield, Sam Whitfield): open it to choose one.',
    );
    expect(conversationReasonText({ ...day, unloggedReason: 'noMatch' })).toContain('add one in the CRM');
    expect(conversationReasonText({ ...day, unloggedReason: 'crmRefused', unloggedDetail: 'Pipedrive said no.' })).toBe(
      'The CRM refused it: Pipedrive said no. Open it to log it again.',
    );
    // A group day logged for the others says whom the reason is about.
    expect(conversationReasonText({ ...day, unloggedReason: 'noMatch', unloggedFor: 'Pat Doe' })).toMatch(
      /^Not logged for Pat Doe\. No contact has this number: add one in the CRM/,
    );
  });
});
