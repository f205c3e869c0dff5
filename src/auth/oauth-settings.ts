/** The OAuth apps an operator set up, one per CRM, in extension storage (src/protocol/schemas/oauth-app.ts). */
import * as z from 'zod/mini';
import { oauthAppSchema, type OAuthApp } from '../protocol/schemas/oauth-app';
import { defineStoredValue } from '../storage/stored-value';

export const oauthAppsSetting = defineStoredValue('oauthApps', z.record(z.string(), oauthAppSchema), () => ({}));

export async function oauthAppFor(platform: string): Promise<OAuthApp | undefined> {
  return (await oauthAppsSetting.get())[platform];
}
