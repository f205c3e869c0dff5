/** The widget's log page built from the connector's metadata, and widget calls as `logInfo`. */
import { describe, expect, it } from 'vitest';
import { pipedriveMetadata } from '../../../src/connectors/pipedrive/metadata';
import { additionalSubmission, buildLogPage } from '../../../src/ui/dialer/log-page';
import { toLogInfo } from '../../../src/ui/dialer/log-info';
import { widgetSrc } from '../../../src/ui/dialer/widget-frame';
import { dialerSettingsSchema } from '../../../src/protocol/schemas/dialer';

const call = {
  sessionId: 'Y3MxNzI2',
  direction: 'Outbound',
  from: { phoneNumber: '+16505550101' },
  to: { phoneNumber: '+14155550199', name: 'Elena Ruiz' },
  startTime: 1_700_000_000_000,
  telephonyStatus: 'CallConnected',
  recording: {
    id: '6469338004',
    link: 'https://apps.ringcentral.com/integrations/recording/?id=1',
    contentUri: 'https://media/…?access_token=secret',
  },
};
const elena = { id: 731, name: 'Elena Ruiz', type: 'contact', additionalInfo: { deals: [{ const: 1204, title: 'Harbor Logistics fleet renewal' }] } };

describe('the log page', () => {
  it("has the contact choice, title, note and Pipedrive's own fields (spec 7.2)", () => {
    const page = buildLogPage({
      call,
      crmName: 'Pipedrive',
      metadata: pipedriveMetadata,
      contacts: [elena],
      formData: { note: '' },
      mode: 'createLog',
    });
    expect(page.title).toBe('Log to Pipedrive');
    expect(page.schema.required).toEqual(['contact', 'activityTitle']);
    expect(page.schema.properties.contact).toMatchObject({
      oneOf: [
        { const: '731', title: 'Elena Ruiz', description: 'contact - 731' },
        { const: 'createNewContact', title: 'Create new contact...' },
      ],
    });
    expect(page.schema.properties.deals).toMatchObject({ oneOf: [{ const: '1204' }, { const: 'none', title: 'None' }] });
    expect(page.uiSchema).toMatchObject({
      newContactName: { 'ui:widget': 'hidden' },
      note: { 'ui:widget': 'textarea' },
      leadWarning: { 'ui:field': 'admonition', 'ui:severity': 'warning' },
      triggerType: { 'ui:widget': 'hidden' },
    });
    expect(page.formData).toMatchObject({ contact: '731', activityTitle: 'Outbound Call to Elena Ruiz', deals: '1204', triggerType: 'createLog' });
    expect(page.schema.properties).not.toHaveProperty('warning');
  });

  it('warns and shows the new-contact fields when no contact matches', () => {
    const page = buildLogPage({ call, crmName: 'Pipedrive', metadata: pipedriveMetadata, contacts: [], formData: {}, mode: 'createLog' });
    expect(page.schema.properties.warning).toMatchObject({ description: expect.stringContaining('No contact found') });
    expect(page.formData.contact).toBe('createNewContact');
    expect(page.uiSchema).not.toHaveProperty('newContactName');
    expect(page.schema.required).toContain('newContactName');
  });

  it("sends the CRM's fields without 'none' and the warnings", () => {
    expect(additionalSubmission(pipedriveMetadata, { deals: '1204', leads: 'none', leadWarning: 'x', note: 'n' })).toEqual({ deals: '1204' });
  });
});

describe('a widget call as logInfo', () => {
  it('keeps the recording link and drops its token-bearing contentUri; a live call gets its duration so far', () => {
    const info = toLogInfo(call, 1_700_000_090_000);
    expect(info).toMatchObject({ sessionId: 'Y3MxNzI2', direction: 'Outbound', duration: 90, result: 'CallConnected', to: { name: 'Elena Ruiz' } });
    expect(info.recording).toEqual({ id: '6469338004', link: call.recording.link });
    expect(JSON.stringify(info)).not.toContain('access_token');
  });
});

describe('the widget URL', () => {
  it("leaves the widget's own sign-in alone without a client id, and hands it to the extension with one", () => {
    const redirect = 'https://abc.chromiumapp.org/ringcentral';
    const plain = new URL(widgetSrc(dialerSettingsSchema.parse({ enabled: true }), redirect));
    expect(plain.searchParams.has('disableLoginPopup')).toBe(false);
    const own = new URL(widgetSrc(dialerSettingsSchema.parse({ enabled: true, clientId: 'abc', autoLog: true }), redirect));
    expect(Object.fromEntries(own.searchParams)).toEqual({
      clientId: 'abc',
      appServer: 'https://platform.ringcentral.com',
      redirectUri: redirect,
      disableLoginPopup: '1',
      defaultAutoLogCallEnabled: '1',
    });
  });
});
