/**
 * Starts the fake CRM servers once for the browser project and hands their URLs to the tests
 * (`inject('pipedriveUrl')`). Each test makes its own company on them, so files can run side by side.
 */
import type { TestProject } from 'vitest/node';
import { startFakePipedrive } from './pipedrive/server';

declare module 'vitest' {
  export interface ProvidedContext {
    pipedriveUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const pipedrive = await startFakePipedrive();
  project.provide('pipedriveUrl', pipedrive.url);
  return () => pipedrive.close();
}
