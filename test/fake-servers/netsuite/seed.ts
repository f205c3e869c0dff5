/** One NetSuite account's data and OAuth state, fresh per test account. */
export interface NsEntity {
  id: string;
  firstname?: string;
  middlename?: string;
  lastname?: string;
  entitytitle: string;
  companyname?: string;
  phone?: string;
  mobilephone?: string;
  homephone?: string;
  officephone?: string;
  altphone?: string;
  company?: string;
  datecreated: string;
  lastmodifieddate: string;
}
export interface NsPhoneCall {
  id: string;
  externalId?: string;
  title: string;
  message: string;
  status: string;
  priority: string;
  startDate: string;
  startTime: string;
  endTime: string;
  phone?: string;
  contact?: string;
  company?: string;
  transaction?: string;
}
export interface NetsuiteState {
  clientId: string;
  account: string;
  employee: { id: string; firstname: string; lastname: string; entityid: string; email: string; subsidiary: string };
  contact: NsEntity[];
  customer: NsEntity[];
  vendor: NsEntity[];
  transaction: { id: string; trandisplayname: string; type: string; entity: string }[];
  phonecalls: NsPhoneCall[];
  codes: Record<string, { redirectUri: string; challenge: string }>;
  accessTokens: string[];
  refreshTokens: string[];
  /** The next refresh answers `invalid_grant` (the user's access was revoked). */
  refuseRefresh: boolean;
  grants: string[];
  nextId: number;
}

const dates = { datecreated: '3/14/2023', lastmodifieddate: '9/29/2025' };

export function seedNetsuite(id: string): NetsuiteState {
  return {
    clientId: `client-${id}`,
    account: '1234567_SB1',
    employee: { id: '5', firstname: 'Alex', lastname: 'Morgan', entityid: 'Alex Morgan', email: 'alex@example.com', subsidiary: '1' },
    contact: [
      { id: '812', firstname: 'Grace', lastname: 'Lin', entitytitle: 'Grace Lin', phone: '415-555-0123', company: '77', ...dates },
      { id: '813', firstname: 'Dana', lastname: 'Whitfield', entitytitle: 'Dana Whitfield', mobilephone: '+1 650 555 0111', company: '78', ...dates },
      { id: '814', firstname: 'Noah', lastname: 'Kim', entitytitle: 'Noah Kim', phone: '+1 (312) 555-0100', ...dates },
    ],
    customer: [
      { id: '77', entitytitle: 'Lin Logistics', companyname: 'Lin Logistics', phone: '(415) 555-0100', ...dates },
      { id: '78', entitytitle: 'Whitfield Farms', companyname: 'Whitfield Farms', ...dates },
      { id: '79', firstname: 'Sam', lastname: 'Whitfield', entitytitle: 'Sam Whitfield', altphone: '650.555.0111', ...dates },
    ],
    vendor: [{ id: '90', entitytitle: 'Parts Depot', companyname: 'Parts Depot', phone: '+44 20 7946 0958', ...dates }],
    transaction: [
      { id: '4410', trandisplayname: 'Opportunity #OPP12', type: 'Opprtnty', entity: '77' },
      { id: '4411', trandisplayname: 'Sales Order #SO7', type: 'SalesOrd', entity: '77' },
    ],
    phonecalls: [],
    codes: {},
    accessTokens: [],
    refreshTokens: [],
    refuseRefresh: false,
    grants: [],
    nextId: 9931,
  };
}
