/** The backend the user chose: this browser, or the App Connect server at the stored URL. */
import { backendSetting } from './backend-setting';
import { localBackend } from './local/local-backend';
import { createRemoteBackend } from './remote/remote-backend';
import type { Backend } from './types';

export async function currentBackend(): Promise<Backend> {
  const setting = await backendSetting.get();
  return setting.kind === 'remote' ? createRemoteBackend(setting.serverUrl) : localBackend;
}
