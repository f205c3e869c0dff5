/** Starts the fake App Connect server for a test project and hands its URL to the tests. */
import type { TestProject } from 'vitest/node';
import { startFakeAppConnect } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    appConnectUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startFakeAppConnect();
  project.provide('appConnectUrl', server.url);
  return () => server.close();
}
