/** The call source the user chose in Options; a missing source is a compile error. */
import type { CallSource } from './call-source';
import { type PhoneAccount } from '../protocol/schemas/phone-account';
import { phoneAccountSetting } from './phone-account';
import { ringCentralSource } from './ringcentral/ringcentral-source';
import { sampleSource } from './sample/sample-source';

const sources: Record<PhoneAccount['source'], CallSource> = {
  sample: sampleSource,
  ringcentral: ringCentralSource,
};

export async function currentCallSource(): Promise<CallSource> {
  return sources[(await phoneAccountSetting.get()).source];
}
