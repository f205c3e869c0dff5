/**
 * A fresh company's data: the examples of docs/pipedrive.md, "Worked example" (Elena Ruiz, deal
 * 1204, the lead, the activity types) and persons whose numbers are those of
 * test/fixtures/ringcentral calls,
 * stored in the formats people type (so the search's matching is exercised).
 */
export interface FakePerson {
  id: number;
  name: string;
  phones: { value: string; primary: boolean; label: string }[];
  org_id: number | null;
  owner_id: number;
  add_time: string;
  update_time: string;
}
export interface FakeDeal {
  id: number;
  title: string;
  person_id: number;
  org_id: number | null;
  status: 'open' | 'won' | 'lost';
}
export interface FakeLead {
  id: string;
  title: string;
  person_id: number;
  is_archived: boolean;
}
export interface FakeActivityType {
  id: number;
  name: string;
  key_string: string;
  active_flag: boolean;
  is_custom_flag: boolean;
}

export const SEED_USER = {
  id: 13570,
  name: 'Priya Raman',
  email: 'priya.raman@northwind.example',
  timezone_name: 'America/Los_Angeles',
  timezone_offset: '-07:00',
};

export const SEED_ORGS: Record<number, string> = {
  88: 'Harbor Logistics',
  92: 'Whitfield Consulting',
  93: 'Bell & Partners',
  94: 'Grant Logistics',
  95: 'Solberg Energy',
};

const person = (id: number, name: string, phone: string, org_id: number | null, add_time: string): FakePerson => ({
  id,
  name,
  phones: [{ value: phone, primary: true, label: 'work' }],
  org_id,
  owner_id: SEED_USER.id,
  add_time,
  update_time: add_time,
});

export function seedPersons(): FakePerson[] {
  return [
    { ...person(731, 'Elena Ruiz', '+14155550123', 88, '2024-11-05T13:22:10Z'), update_time: '2025-09-30T08:01:55Z' },
    person(801, 'Dana Whitfield', '+14155550132', 92, '2023-04-12T09:00:00Z'),
    person(802, 'Sam Whitfield', '+1 (415) 555-0132', 92, '2024-01-08T15:30:00Z'),
    person(803, 'Marcus Bell', '+12125550147', 93, '2022-11-02T10:15:00Z'),
    person(804, 'Lena Ortega', '312-555-0119', null, '2024-06-19T12:00:00Z'),
    person(805, 'Felix Grant', '+14045550159', 94, '2023-03-30T13:40:00Z'),
    person(806, 'Grant Logistics front desk', '+1 404 555 0159', 94, '2021-10-11T09:00:00Z'),
    person(807, 'Hiroshi Sato', '+81 3-5550-0142', null, '2024-11-05T02:00:00Z'),
    person(808, 'Ingrid Solberg', '+13035550115', 95, '2024-08-01T07:55:00Z'),
  ];
}

export function seedDeals(): FakeDeal[] {
  return [
    { id: 1204, title: 'Harbor Logistics fleet renewal', person_id: 731, org_id: 88, status: 'open' },
    { id: 1205, title: 'Harbor Logistics 2024 contract', person_id: 731, org_id: 88, status: 'won' },
    { id: 1301, title: 'Bell & Partners – 50 seats', person_id: 803, org_id: 93, status: 'open' },
    { id: 1302, title: 'Bell & Partners – onboarding', person_id: 803, org_id: 93, status: 'open' },
    { id: 1401, title: 'Solberg Energy – fleet tracking', person_id: 808, org_id: 95, status: 'open' },
  ];
}

export function seedLeads(): FakeLead[] {
  return [
    { id: '0b6d2f3e-8c41-4f9a-a2d7-5e1c9b7f3a20', title: 'Harbor Logistics – warehouse add-on', person_id: 731, is_archived: false },
    { id: '5d1e7c2a-9b3f-4e8d-a6c1-2f0b8e4d7a91', title: 'Harbor Logistics – old inquiry', person_id: 731, is_archived: true },
    { id: 'c3a9e1f4-7d2b-4c6a-9e8f-1b5d3a7c9e20', title: 'Bell & Partners – training', person_id: 803, is_archived: false },
  ];
}

export function seedActivityTypes(): FakeActivityType[] {
  return [
    { id: 1, name: 'Call', key_string: 'call', active_flag: true, is_custom_flag: false },
    { id: 2, name: 'Meeting', key_string: 'meeting', active_flag: true, is_custom_flag: false },
    { id: 9, name: 'Support callback', key_string: 'support_callback', active_flag: false, is_custom_flag: true },
  ];
}
