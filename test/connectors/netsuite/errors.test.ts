/** NetSuite's refusals reach the person with NetSuite's own detail (`o:errorDetails`), and nothing is kept. */
import { describe, expect, it } from 'vitest';
import { api } from '../../support/api';
import { callWithSession } from '../../support/call-fixtures';
import { connectNetsuite } from './connect-netsuite';

describe('NetSuite refusals', () => {
  it("shows NetSuite's detail when it refuses a phone call", async () => {
    const account = await connectNetsuite();
    const detail = "Invalid value for the resource or sub-resource field 'company'. Provide a valid value.";
    await account.inject({
      match: 'POST /services/rest/record/v1/phonecall',
      status: 400,
      body: { type: 'about:blank', title: 'Bad Request', status: 400, 'o:errorDetails': [{ detail, 'o:errorCode': 'INVALID_PARAMETER' }] },
    });
    const { body } = await api({
      method: 'POST',
      path: '/callLog',
      body: { logInfo: callWithSession(2, 'ns-refused'), contactId: '812', contactName: 'Grace Lin', contactType: 'contact', note: 'n' },
    });
    expect(body).toMatchObject({ successful: false, returnMessage: { message: 'NetSuite refused the data.' } });
    expect(JSON.stringify(body.returnMessage.details)).toContain("field 'company'");
    expect((await account.state()).phonecalls).toEqual([]);
  });
});
