/** What tests use to drive the fake App Connect server, from Node or from a browser page. */
import type { FakeControls, RecordedRequest } from './state';
import type { FakeMessageActivity } from './message-log-route';

export interface FakeStats {
  requests: RecordedRequest[];
  activitiesBySession: Record<string, number>;
  messageActivities: FakeMessageActivity[];
  issuedTokens: string[];
  users: string[];
}

export function fakeAppConnect(url: string) {
  const post = async <T>(path: string, body: unknown = {}): Promise<T> => {
    const response = await fetch(`${url}/__fake/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as T;
  };
  return {
    url,
    reset: () => post<{ ok: true }>('reset'),
    setControls: (controls: Partial<FakeControls>) => post<FakeControls>('controls', controls),
    stats: () => post<FakeStats>('stats'),
    revokeCrmSessions: () => post<{ ok: true }>('revoke'),
    /** Lets the POSTs held by `holdCallLogCreate` go on. */
    release: () => post<{ released: number }>('release'),
    /** Logs a call on the server as another device would: the extension's ledger does not know it. */
    seedLog: (userId: string, request: unknown) => post<{ logId: string }>('seed-log', { userId, request }),
    /** The requests the server received on one route, e.g. `requestsTo('POST /callLog')`. */
    async requestsTo(route: string): Promise<RecordedRequest[]> {
      return (await this.stats()).requests.filter((r) => `${r.method} ${r.path}` === route);
    },
  };
}

export type FakeAppConnectClient = ReturnType<typeof fakeAppConnect>;
