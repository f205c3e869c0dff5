/** One Redtail database (its users, contacts, categories, activities), fresh per test account; the account's token is the partner key. */
export interface RedtailUser {
  username: string;
  password: string;
  user_key: string;
  name: string;
  /** A key Redtail no longer accepts (disabled user, revoked partner). */
  disabled?: boolean;
}
export interface RedtailPhone {
  phone_type: number;
  number: string;
  country_code?: number;
}
export interface RedtailContactRecord {
  id: number;
  type: string;
  first_name: string;
  middle_name: string;
  last_name: string;
  job_title: string;
  phones: RedtailPhone[];
  created_at: string;
  updated_at: string;
}
export interface RedtailNote {
  id: number;
  category_id: number;
  note_type: number;
  body: string;
}
export interface RedtailActivityRecord {
  id: number;
  subject: string;
  description: string;
  start_date: string;
  end_date: string;
  activity_code_id: number;
  category_id: number;
  repeats: string;
  completed: boolean;
  linked_contacts: { contact_id: number }[];
  notes: RedtailNote[];
  created_at: string;
  updated_at: string;
}
export interface RedtailState {
  users: RedtailUser[];
  contacts: RedtailContactRecord[];
  categories: { id: number; name: string; deleted: boolean }[];
  activities: RedtailActivityRecord[];
  nextId: number;
}

const person = (id: number, first_name: string, last_name: string, number: string, job_title = ''): RedtailContactRecord => ({
  id,
  type: 'Crm::Contact::Individual',
  first_name,
  middle_name: '',
  last_name,
  job_title,
  phones: [{ phone_type: 1, number, country_code: 1 }],
  created_at: '2023-05-02T15:40:12.000Z',
  updated_at: '2025-09-29T12:00:00.000Z',
});

export function seedRedtail(account: { id: string }): RedtailState {
  return {
    users: [{ username: 'morgan', password: 'correct hörse: battery ', user_key: `uk-${account.id}`, name: 'Morgan Reyes' }],
    contacts: [
      person(101, 'Alan', 'Brooks', '4155550123', 'Retired'),
      person(102, 'Dana', 'Whitfield', '6505550111'),
      person(103, 'Sam', 'Whitfield', '6505550111'),
      person(104, 'Marcus', 'Bell', '2125550147'),
    ],
    categories: [
      { id: 1, name: 'Client Service', deleted: false },
      { id: 2, name: 'Prospecting', deleted: false },
      { id: 7, name: 'Old category', deleted: true },
    ],
    activities: [],
    nextId: 5001,
  };
}
