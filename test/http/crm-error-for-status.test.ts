import { describe, expect, it } from 'vitest';
import { crmErrorForStatus } from '../../src/http/crm-error-for-status';

const context = { connectorId: 'pipedrive', crmName: 'Pipedrive' };

describe('crmErrorForStatus', () => {
  it('reads a 401 as a credential the CRM no longer accepts', () => {
    const error = crmErrorForStatus({ ...context, status: 401 });
    expect(error.code).toBe('unauthorized');
    expect(error.message).toBe('Pipedrive did not accept the credential (HTTP 401).');
  });

  it('reads a 403 as a permission the user lacks, not a bad credential, and says whom to ask', () => {
    const error = crmErrorForStatus({ ...context, status: 403, detail: 'You are not allowed to edit this deal.' });
    expect(error.code).toBe('unauthorized');
    expect(error.options.status).toBe(403);
    expect(error.message).not.toContain('credential');
    expect(error.message).toBe(
      'Pipedrive refused access (HTTP 403): your user may lack API access or rights to this record; ask your Pipedrive admin. Pipedrive said: You are not allowed to edit this deal.',
    );
  });

  it('keeps the other statuses apart: 404 not found, 429 rate limited, 5xx unavailable, other 4xx rejected', () => {
    expect([404, 429, 503, 422].map((status) => crmErrorForStatus({ ...context, status }).code)).toEqual([
      'notFound',
      'rateLimited',
      'unavailable',
      'rejected',
    ]);
  });
});
