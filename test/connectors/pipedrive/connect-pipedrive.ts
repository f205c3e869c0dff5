/** A fresh extension connected to a fresh company on the fake Pipedrive, with its request log emptied. */
import { inject } from 'vitest';
import type { CompanyOptions } from '../../fake-servers/pipedrive/company';
import { createFakeCompany, type FakeCompanyHandle } from '../../fake-servers/pipedrive/control-client';
import { api } from '../../support/api';
import { elenaCall } from '../../support/call-fixtures';
import { resetExtension } from '../../support/reset';

export async function connectPipedrive(options: CompanyOptions = {}): Promise<FakeCompanyHandle> {
  await resetExtension();
  const url = inject('pipedriveUrl');
  const company = await createFakeCompany(url, options);
  const { body } = await api({ method: 'POST', path: '/apiKeyLogin', body: { platform: 'pipedrive', apiKey: company.apiToken, hostname: url } });
  if (!body.successful) throw new Error(`could not connect to the fake Pipedrive: ${JSON.stringify(body)}`);
  await company.clearRequests();
  return company;
}

export function logElenaCall(sessionId: string, additionalSubmission: Record<string, unknown> = { deals: 1204 }) {
  return api({
    method: 'POST',
    path: '/callLog',
    body: { logInfo: elenaCall(sessionId), contactId: 731, contactName: 'Elena Ruiz', note: 'Confirmed 40 trucks for Q1.', additionalSubmission },
  });
}
