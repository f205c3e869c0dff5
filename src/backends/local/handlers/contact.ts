/** GET /contact and POST /contact: finding the caller in the CRM, or adding them. */
import type { CrmSession } from '../../../logging/crm-session';
import type { ApiResponse } from '../../../protocol/envelope';
import { ok } from '../../../protocol/respond';
import { success, warning } from '../../../protocol/return-message';
import type { RouteRequest } from '../../../protocol/routes';

export async function findContact({ query }: RouteRequest<'GET /contact'>, session: CrmSession): Promise<ApiResponse> {
  const { connector, user, authHeader } = session;
  const result = await connector.findContact({
    user,
    authHeader,
    phoneNumber: query.phoneNumber,
    overridingFormat: query.overridingFormat,
    isExtension: query.isExtension === 'true',
  });
  const contact = result.matchedContactInfo ?? [];
  const found = contact.filter((c) => !c.isNewContact).length;
  const returnMessage =
    result.returnMessage ??
    (found
      ? success(`Found ${found} contact(s)`, 3000)
      : warning(`No contact in ${connector.displayName} has this number.`, 3000, 'Choose "Create new contact..." to add one.'));
  return ok({ successful: result.successful, contact, returnMessage });
}

export async function createContact({ body }: RouteRequest<'POST /contact'>, session: CrmSession): Promise<ApiResponse> {
  const { connector, user, authHeader } = session;
  const { contactInfo, returnMessage } = await connector.createContact({ user, authHeader, ...body });
  return ok({
    successful: contactInfo !== null,
    contact: contactInfo,
    returnMessage: returnMessage ?? (contactInfo ? success('Contact created.') : warning('The contact was not created.')),
  });
}
