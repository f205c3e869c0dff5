/** The synthetic RingCentral call records of ../shared/fixtures/ringcentral, as test data. */
import calls from '../fixtures/ringcentral/call-logs.json';
import type { CallRecord } from '../../src/calls/call-record';

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
