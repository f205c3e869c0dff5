import type { ForwardedRoute } from '../types';

/** What a failed request was doing, in the words of the App Connect server's messages ("Error creating call log"). */
export const operations: Record<ForwardedRoute, string> = {
  'POST /apiKeyLogin': 'connecting',
  'GET /oauth-callback': 'connecting',
  'POST /unAuthorize': 'logging out',
  'GET /connection': 'reading the connection',
  'GET /contact': 'finding contact',
  'POST /contact': 'creating contact',
  'POST /callLog': 'creating call log',
  'GET /callLog': 'getting call log',
  'PATCH /callLog': 'updating call log',
  'POST /callLog/review': 'settling the call log',
  'PUT /callDisposition': 'updating call disposition',
  'GET /outbox': 'reading waiting changes',
  'POST /outbox/retry': 'sending a waiting change',
  'POST /outbox/discard': 'discarding a waiting change',
  'GET /implementedInterfaces': 'reading the connector',
  'POST /messageLog': 'creating message log',
  'GET /messageLog': 'getting message log',
};
