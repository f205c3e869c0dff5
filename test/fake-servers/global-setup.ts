/**
 * Starts the fake servers once per test project and hands their URLs to the tests
 * (`inject('pipedriveUrl')`, `inject('appConnectUrl')`, `inject('ringcentralUrl')`). Tests make
 * their own company or user on them, so files can run side by side.
 */
import type { TestProject } from 'vitest/node';
import { startFakeAppConnect } from './app-connect/server';
import { startFakeClio } from './clio/server';
import { startFakePipedrive } from './pipedrive/server';
import { startFakeRingCentral } from './ringcentral/server';
import { startFakeInsightly } from './insightly/server';
import { startFakeGoogleSheets } from './google-sheets/server';
import { startFakeNetsuite } from './netsuite/server';
import { startFakeRedtail } from './redtail/server';
import { startFakeBullhorn } from './bullhorn/server';

declare module 'vitest' {
  export interface ProvidedContext {
    pipedriveUrl: string;
    appConnectUrl: string;
    ringcentralUrl: string;
    insightlyUrl: string;
    netsuiteUrl: string;
    googleSheetsUrl: string;
    clioUrl: string;
    redtailUrl: string;
    bullhornUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [pipedrive, appConnect, ringcentral] = await Promise.all([startFakePipedrive(), startFakeAppConnect(), startFakeRingCentral()]);
  project.provide('pipedriveUrl', pipedrive.url);
  project.provide('appConnectUrl', appConnect.url);
  project.provide('ringcentralUrl', ringcentral.url);
  const clio = await startFakeClio();
  project.provide('clioUrl', clio.url);
  const more = {
    insightlyUrl: await startFakeInsightly(),
    netsuiteUrl: await startFakeNetsuite(),
    googleSheetsUrl: await startFakeGoogleSheets(),
    redtailUrl: await startFakeRedtail(),
    bullhornUrl: await startFakeBullhorn(),
  };
  for (const [name, fake] of Object.entries(more)) project.provide(name as keyof typeof more, fake.url);
  return async () => {
    await clio.close();
    await Promise.all([pipedrive.close(), appConnect.close(), ringcentral.close(), ...Object.values(more).map((fake) => fake.close())]);
  };
}
