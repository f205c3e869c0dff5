/** Starts the fake RingCentral platform for a test project and hands its URL to the tests. */
import type { TestProject } from 'vitest/node';
import { startFakeRingCentral } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    ringcentralUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startFakeRingCentral();
  project.provide('ringcentralUrl', server.url);
  return server.close;
}
