/**
 * What every section needs: the API of a launched extension that fails loudly (a benchmark of
 * failing requests measures nothing), connecting it to a fake Pipedrive company, and switching
 * between the local backend and the fake App Connect server.
 */
import type { ApiRequest, ApiResponse, LaunchedExtension } from '../../scripts/launch-extension';
import type { FakeCompanyHandle } from '../../test/fake-servers/pipedrive/control-client';

export async function expectOk(extension: LaunchedExtension, request: ApiRequest): Promise<ApiResponse> {
  const answer = await extension.api(request);
  if (answer.status !== 200 || answer.body?.successful !== true) {
    throw new Error(`${request.method} ${request.path} failed: ${answer.status} ${JSON.stringify(answer.body?.returnMessage ?? answer.body)}`);
  }
  return answer;
}

export function useLocalBackend(extension: LaunchedExtension): Promise<ApiResponse> {
  return expectOk(extension, { method: 'PUT', path: '/backend', body: { kind: 'local' } });
}

export function useRemoteBackend(extension: LaunchedExtension, serverUrl: string): Promise<ApiResponse> {
  return expectOk(extension, { method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl } });
}

/** Connects the current backend to the company; locally with the fake's URL as the base URL override. */
export function connectPipedrive(extension: LaunchedExtension, company: FakeCompanyHandle, { local }: { local: boolean }): Promise<ApiResponse> {
  const body = { platform: 'pipedrive', apiKey: company.apiToken, ...(local ? { hostname: company.url } : {}) };
  return expectOk(extension, { method: 'POST', path: '/apiKeyLogin', body });
}

export function connectExampleCrm(extension: LaunchedExtension): Promise<ApiResponse> {
  return expectOk(extension, { method: 'POST', path: '/apiKeyLogin', body: { platform: 'testCRM', apiKey: 'bench' } });
}

/** Forgets the cached CRM data (`cache:*` in extension storage), as after a day or a new login. */
export async function forgetCaches(extension: LaunchedExtension): Promise<void> {
  await extension.page.evaluate(async () => {
    const keys = Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('cache:'));
    await chrome.storage.local.remove(keys);
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
