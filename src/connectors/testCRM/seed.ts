/**
 * The Example CRM's starting data. The numbers are those of the sample calls, so a new user
 * finds a contact for most of them; two numbers belong to two contacts each (a household, a
 * company's main line) and a few belong to nobody, to show "Create new contact…".
 */
export interface ExampleContact {
  id: string;
  name: string;
  type: 'contact';
  phones: string[];
  company: string;
  createdDate: string;
}

export interface ExampleDeal {
  id: string;
  title: string;
  contactId: string;
  status: 'open' | 'won';
}

const contact = (id: string, name: string, phone: string, company: string, createdDate: string): ExampleContact => ({
  id,
  name,
  type: 'contact',
  phones: [phone],
  company,
  createdDate,
});

export const seedContacts: ExampleContact[] = [
  contact('c-1', 'Dana Whitfield', '+14155550132', 'Whitfield Consulting', '2023-04-12T09:00:00Z'),
  contact('c-2', 'Sam Whitfield', '+14155550132', 'Whitfield Consulting', '2024-01-08T15:30:00Z'),
  contact('c-3', 'Marcus Bell', '+12125550147', 'Bell & Partners', '2022-11-02T10:15:00Z'),
  contact('c-4', 'Lena Ortega', '+13125550119', 'Ortega Design', '2024-06-19T12:00:00Z'),
  contact('c-5', 'Grace Kimura', '+17135550126', 'Kimura Labs', '2023-09-27T08:45:00Z'),
  contact('c-6', 'Nora Quinlan', '+16175550173', 'Quinlan Freight', '2024-02-14T14:20:00Z'),
  contact('c-7', 'Elliot Park', '+12065550181', 'Park Outfitters', '2023-07-03T16:05:00Z'),
  contact('c-8', 'Harriet Vance', '+15035550138', 'Vance Dental', '2022-05-21T11:10:00Z'),
  contact('c-9', 'Felix Grant', '+14045550159', 'Grant Logistics', '2023-03-30T13:40:00Z'),
  contact('c-10', 'Grant Logistics front desk', '+14045550159', 'Grant Logistics', '2021-10-11T09:00:00Z'),
  contact('c-11', 'Ingrid Solberg', '+13035550115', 'Solberg Energy', '2024-08-01T07:55:00Z'),
  contact('c-12', '李雷', '+14085550176', 'Li & Han Imports', '2025-01-17T18:30:00Z'),
  contact('c-13', 'Hiroshi Sato', '+81355500142', 'Sato Trading', '2024-11-05T02:00:00Z'),
  contact('c-14', 'Brightline Title', '+16465550129', 'Brightline Title', '2023-12-12T12:12:00Z'),
];

export const seedDeals: ExampleDeal[] = [
  { id: 'd-1', title: 'Whitfield – annual support renewal', contactId: 'c-1', status: 'open' },
  { id: 'd-2', title: 'Whitfield – onboarding package', contactId: 'c-1', status: 'open' },
  { id: 'd-3', title: 'Bell & Partners – 50 seats', contactId: 'c-3', status: 'open' },
  { id: 'd-4', title: 'Kimura Labs – pilot', contactId: 'c-5', status: 'open' },
  { id: 'd-5', title: 'Vance Dental – second office', contactId: 'c-8', status: 'open' },
  { id: 'd-6', title: 'Solberg Energy – fleet tracking', contactId: 'c-11', status: 'open' },
  { id: 'd-7', title: 'Solberg Energy – 2024 contract', contactId: 'c-11', status: 'won' },
];
