/**
 * Whether the connected CRM takes message logs (GET /implementedInterfaces: `createMessageLog`),
 * and, when it does not, the line that says so and names the CRMs that do. Those are asked the
 * same way, one platform at a time, so the line follows the connectors' code, not a list here.
 */
import { connectorMetadata } from '../../../connectors/metadata';
import { callApi } from '../../api-client';
import { t, uiLanguage } from '../../i18n';

const takesMessageLogs = async (platform: string): Promise<boolean | undefined> => {
  const answer = await callApi('GET /implementedInterfaces', { query: { platform } });
  // A success is the map of operations itself; only a failure carries a message.
  return 'returnMessage' in answer ? undefined : answer['createMessageLog'] === true;
};

/** `undefined` when the CRM takes message logs, or cannot tell (a log then says what went wrong). */
export async function noMessageLogsText(connection: { platform: string; displayName: string }): Promise<string | undefined> {
  if ((await takesMessageLogs(connection.platform)) !== false) return undefined;
  const all = Object.values(connectorMetadata);
  const able = await Promise.all(all.map((m) => (m.id === connection.platform ? false : takesMessageLogs(m.id))));
  const names = all.filter((_, i) => able[i]).map((m) => m.displayName);
  const list = new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(names);
  return names.length ? t('messages_crm_no_logs', connection.displayName, list) : t('messages_crm_no_logs_none', connection.displayName);
}
