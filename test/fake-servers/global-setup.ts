/**
 * Starts the fake servers once per test project and hands their URLs to the tests
 * (`inject('pipedriveUrl')`, `inject('appConnectUrl')`). Tests make their own company or user
 * on them, so files can run side by side.
 */
import type { TestProject } from 'vitest/node';
import { startFakeAppConnect } from './app-connect/server';
import { startFakePipedrive } from './pipedrive/server';

declare module 'vitest' {
  export interface ProvidedContext {
    pipedriveUrl: string;
    appConnectUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [pipedrive, appConnect] = await Promise.all([startFakePipedrive(), startFakeAppConnect()]);
  project.provide('pipedriveUrl', pipedrive.url);
  project.provide('appConnectUrl', appConnect.url);
  return async () => {
    await Promise.all([pipedrive.close(), appConnect.close()]);
  };
}
