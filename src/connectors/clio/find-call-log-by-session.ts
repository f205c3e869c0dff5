/**
 * Reconciles a create whose answer was lost (docs/connectors.md, "Finding a lost create"): every
 * communication the connector creates carries the call's session id as its external property
 * `rcSessionId`, and Clio filters its communications index by external property name and value.
 * One request finds it, whoever the contact; a communication of another Clio user is not ours.
 */
import type { Connector } from '../types';
import type { ClioApi } from './api';
import { clioUserIdOf } from './region';
import { SESSION_PROPERTY } from './to-communication';

type FindArgs = Parameters<NonNullable<Connector['findCallLogBySession']>>[0];

export async function findCallLogBySession(api: ClioApi, args: FindArgs): Promise<{ logId: string | null }> {
  const userId = clioUserIdOf(args.user);
  const found = await api.communicationsWithProperty(SESSION_PROPERTY, args.sessionId);
  const mine = found.find(
    (communication) =>
      communication.external_properties?.some((property) => property.name === SESSION_PROPERTY && property.value === args.sessionId) &&
      (communication.senders ?? []).concat(communication.receivers ?? []).some((p) => p.type === 'User' && p.id === userId),
  );
  return { logId: mine ? String(mine.id) : null };
}
