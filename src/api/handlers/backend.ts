/** GET and PUT /backend: which backend answers the API. Always answered here, never forwarded. */
import { backendSetting } from '../../storage/settings';
import type { ApiResponse } from '../envelope';
import { badRequest, ok } from '../respond';
import { success } from '../return-message';
import type { RouteRequest } from '../routes';

export async function getBackend(): Promise<ApiResponse> {
  return ok({ successful: true, backend: await backendSetting.get() });
}

export async function putBackend({ body }: RouteRequest<'PUT /backend'>): Promise<ApiResponse> {
  if (body.kind === 'remote') {
    return badRequest(
      'Logging through an App Connect server is not available in this version.',
      'Keep "This browser" as the backend.',
    );
  }
  await backendSetting.set(body);
  return ok({ successful: true, backend: body, returnMessage: success('Calls are logged from this browser.') });
}
