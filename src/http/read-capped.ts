/**
 * Reads an answer's body as text, up to `maxBytes`: a CRM (or something posing as one) that
 * sends more than any real answer holds is stopped there instead of filling the service
 * worker's memory. Undefined when the body is larger.
 */
import { CrmError } from './crm-error';

export async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    return declared > maxBytes ? undefined : '';
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

export function answerTooLarge(connectorId: string, crmName: string, outcomeUnknown: boolean): CrmError {
  const message = `${crmName} sent an answer larger than this extension reads. Try again; if it keeps happening, check the CRM address in Options.`;
  return new CrmError('rejected', connectorId, message, { outcomeUnknown });
}
