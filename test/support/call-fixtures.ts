/** The synthetic RingCentral call records of ../shared/fixtures/ringcentral, as test data. */
import calls from '../fixtures/ringcentral/call-logs.json';
import type { CallRecord } from '../../src/protocol/call-record';

export const fixtureCalls = calls as unknown as (CallRecord & { _case: string })[];

/** A fixture call by its position in the file (1-based, as the fixture README numbers them). */
export function fixtureCall(n: number): CallRecord & { _case: string } {
  const call = fixtureCalls[n - 1];
  if (!call) throw new Error(`No fixture call ${n}`);
  return structuredClone(call);
}

/** A fresh copy of a fixture call under a new session id. */
export function callWithSession(n: number, sessionId: string): CallRecord {
  return { ...fixtureCall(n), sessionId, id: `id-${sessionId}` };
}

/** The call of docs/pipedrive.md's "Worked example": outbound, 125 s, 2025-10-02T14:05:00Z, to Elena Ruiz. */
export function elenaCall(sessionId: string) {
  return {
    sessionId,
    id: `id-${sessionId}`,
    direction: 'Outbound',
    startTime: '2025-10-02T14:05:00Z',
    duration: 125,
    result: 'Call connected',
    from: { phoneNumber: '+16505550100', name: 'Priya Raman' },
    to: { phoneNumber: '+14155550123', name: 'Elena Ruiz' },
    recording: { link: 'pending' },
  };
}
