/** Auto-log's pure rules: which contact a policy picks, which calls the settings take, the recording link. */
import { describe, expect, it } from 'vitest';
import { chooseContact } from '../../../src/logging/auto-log/choose-contact';
import { isAnsweredElsewhere, isOnDoNotLogList, isWanted } from '../../../src/logging/auto-log/call-filter';
import { recordingLink, withRecordingLink } from '../../../src/calls/ringcentral/recording-link';
import { defaultAutoLogSettings } from '../../../src/protocol/schemas/auto-log-settings';
import type { CallRecord } from '../../../src/protocol/call-record';
import { fixtureCall } from '../../support/call-fixtures';

const dana = { id: 'c-1', name: 'Dana Whitfield', createdDate: '2023-04-12T09:00:00Z', mostRecentActivityDate: '2026-01-02T10:00:00Z' };
const sam = { id: 'c-2', name: 'Sam Whitfield', createdDate: '2024-01-08T15:30:00Z', mostRecentActivityDate: '2026-03-01T10:00:00Z' };
const abe = { id: 'c-3', name: 'Abe Whitfield', createdDate: '2025-01-01T00:00:00Z' };

describe('chooseContact', () => {
  it('takes the one match whatever the policy, and picks among several by the policy', () => {
    expect(chooseContact([sam], 'skip')).toBe(sam);
    expect(chooseContact([dana, sam], 'skip')).toBeUndefined();
    expect(chooseContact([sam, dana, abe], 'firstAlphabetical')).toBe(abe);
    expect(chooseContact([sam, dana, abe], 'earliestCreated')).toBe(dana);
    expect(chooseContact([dana, sam, abe], 'mostRecentActivity')).toBe(sam); // Abe was never called
  });

  it('leaves the choice to a person when the facts are missing or tied', () => {
    expect(chooseContact([abe, { ...sam, mostRecentActivityDate: undefined }], 'mostRecentActivity')).toBeUndefined();
    expect(chooseContact([dana, { ...sam, createdDate: undefined }], 'earliestCreated')).toBeUndefined();
    expect(chooseContact([dana, { ...sam, createdDate: dana.createdDate }], 'earliestCreated')).toBeUndefined();
  });
});

describe('which calls auto-log takes', () => {
  const settings = defaultAutoLogSettings;
  it('by default every ended voice call, missed ones included, not internal ones nor faxes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 9, 11, 12, 13, 14, 15].every((n) => isWanted(fixtureCall(n), settings))).toBe(true);
    expect(isWanted(fixtureCall(8), settings)).toBe(false); // extension to extension
    expect(isWanted(fixtureCall(16), settings)).toBe(false); // fax
    expect(isWanted(fixtureCall(8), { ...settings, logInternal: true })).toBe(true);
  });

  it('follows the directions, missed calls and the "do not log" numbers chosen', () => {
    expect(isWanted(fixtureCall(3), { ...settings, logMissed: false })).toBe(false);
    expect(isWanted(fixtureCall(2), { ...settings, logOutbound: false })).toBe(false);
    expect(isWanted(fixtureCall(1), { ...settings, logInbound: false })).toBe(false);
    expect(isOnDoNotLogList('+14155550132', ['(415) 555-0132'])).toBe(true);
    expect(isOnDoNotLogList('+14155550132', ['+1 415 555 0132'])).toBe(true);
    expect(isOnDoNotLogList('+14155550132', ['555-0132', '12'])).toBe(false);
    expect(isWanted(fixtureCall(1), { ...settings, doNotLog: ['415.555.0132'] })).toBe(false);
  });

  it('marks the queue call a colleague answered', () => {
    expect(isAnsweredElsewhere(fixtureCall(10))).toBe(true);
    expect(isAnsweredElsewhere(fixtureCall(1))).toBe(false);
  });
});

describe('the recording link of a Call Log API call', () => {
  it("opens RingCentral's media reader for the contentUri; a link already given is kept", () => {
    const media = 'https://media.ringcentral.com/restapi/v1.0/account/1/recording/2/content';
    expect(recordingLink(media)).toBe(`https://ringcentral.github.io/ringcentral-media-reader/index.html?media=${encodeURIComponent(media)}`);
    expect(recordingLink(media.replace('media.', 'media.devtest.'))).toContain('/sandbox.html?media=');
    expect(recordingLink('javascript:alert(1)')).toBeUndefined();
    const { link: _link, ...api } = fixtureCall(1).recording as { link: string; contentUri: string };
    const fromApi: CallRecord = { ...fixtureCall(1), recording: api };
    expect(withRecordingLink(fromApi).recording?.link).toBe(recordingLink(api.contentUri));
    expect(withRecordingLink(fixtureCall(1)).recording?.link).toBe(fixtureCall(1).recording?.link);
  });
});
