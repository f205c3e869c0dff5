/**
 * Bullhorn's entities on the fake: Lucene-style searches over people (`phone:N OR mobile:N …`,
 * `isDeleted:false`, `NOT status:"…"`), inserts and partial updates that refuse fields the entity
 * does not have, and `fields=` selection on reads. How Bullhorn's index matches a number stored
 * with formatting is unverified: here a phone field matches when its digits end with the number
 * searched (after at most a three-digit country code).
 */
import type { FakeAnswer } from '../small-fake/server';
import { newId, type BullhornState, type FakeNote, type FakePerson } from './seed';

const PEOPLE = ['ClientContact', 'Candidate', 'Lead'];
const WRITABLE: Record<string, string[]> = {
  Note: ['comments', 'action', 'personReference', 'commentingPerson', 'dateAdded', 'minutesSpent', 'externalID'],
  ClientCorporation: ['name', 'companyDescription'],
  person: ['name', 'firstName', 'lastName', 'phone', 'mobile', 'status', 'comments', 'clientCorporation'],
};
const error = (status: number, errorMessage: string): FakeAnswer => ({ status, body: { errorMessage, errorCode: status } });
const pick = (record: object, fields: string | null) => {
  const names = (fields ?? 'id').replace(/\([^)]*\)/g, '').split(',');
  return Object.fromEntries(Object.entries(record).filter(([key]) => names.includes('*') || names.includes(key)));
};

export function searchEntity(s: BullhornState, entity: string, fields: string | null, query: string): FakeAnswer {
  if (!fields) return error(400, "'fields' is required");
  if (entity === 'ClientCorporation') {
    const name = /^name:(.+)$/.exec(query)?.[1]?.replace(/^"|"$/g, '');
    const data = s.companies.filter((c) => c.name === name).map((c) => pick(c, fields));
    return { status: 200, body: { total: data.length, start: 0, count: data.length, data } };
  }
  if (!PEOPLE.includes(entity)) return error(400, `Cannot search ${entity}`);
  const terms = [...query.matchAll(/(\w+):(\d+)/g)].map(([, field, number]) => ({ field: field!, number: number! }));
  const excluded = /NOT status:"([^"]+)"/.exec(query)?.[1];
  if (!terms.length) return error(400, 'Unparseable query');
  const matches = (person: FakePerson) =>
    terms.some(({ field, number }) => {
      const digits = String((person as unknown as Record<string, unknown>)[field] ?? '').replace(/\D/g, '');
      return digits.endsWith(number) && digits.length - number.length <= 3;
    });
  const data = s.people
    .filter((p) => p.entity === entity && matches(p) && (!/isDeleted:false/.test(query) || !p.isDeleted) && p.status !== excluded)
    .map((p) => pick(p, fields));
  return { status: 200, body: { total: data.length, start: 0, count: data.length, data } };
}

function invalidField(entity: string, body: Record<string, unknown>): FakeAnswer | undefined {
  const allowed = WRITABLE[PEOPLE.includes(entity) ? 'person' : entity];
  if (!allowed) return error(400, `Cannot write entity ${entity}`);
  const bad = Object.keys(body).find((key) => !allowed.includes(key));
  if (bad) return error(400, `Invalid field '${bad}' for entity ${entity}`);
  if ('minutesSpent' in body && !Number.isInteger(body.minutesSpent)) return error(400, "'minutesSpent' must be an Integer");
  if ('dateAdded' in body && typeof body.dateAdded !== 'number') return error(400, "'dateAdded' must be a timestamp");
  // The entity reference's lengths: Note.action String (30), Note.externalID String (100).
  for (const [field, max] of [
    ['action', 30],
    ['externalID', 100],
  ] as const)
    if (typeof body[field] === 'string' && (body[field] as string).length > max) return error(400, `'${field}' is longer than ${max}`);
  return undefined;
}

export function insert(s: BullhornState, entity: string, body: Record<string, unknown>): FakeAnswer {
  const refused = invalidField(entity, body);
  if (refused) return refused;
  const id = newId();
  const done = (data: object) => ({ status: 200, body: { changedEntityType: entity, changedEntityId: id, changeType: 'INSERT', data } });
  if (entity === 'Note') {
    const ref = body.personReference as { id?: number; personSubtype?: string } | undefined;
    const person = s.people.find((p) => p.id === ref?.id);
    if (!person || (ref?.personSubtype && ref.personSubtype !== person.entity))
      return error(400, 'error persisting an entity of type: Note: personReference is not a person');
    const commenting = (body.commentingPerson as { id?: number } | undefined)?.id ?? s.user.id;
    if (commenting !== s.user.id) return error(400, 'error persisting an entity of type: Note: commentingPerson is not a user');
    const note: FakeNote = {
      id,
      comments: String(body.comments ?? ''),
      action: typeof body.action === 'string' ? body.action : null,
      personReference: { id: person.id, personSubtype: person.entity },
      commentingPerson: { id: commenting },
      dateAdded: (body.dateAdded as number | undefined) ?? Date.now(),
      minutesSpent: (body.minutesSpent as number | undefined) ?? null,
      externalID: typeof body.externalID === 'string' ? body.externalID : null,
    };
    s.notes.push(note);
    return done(note);
  }
  if (entity === 'ClientCorporation') return done((s.companies.push({ id, name: String(body.name ?? '') }), s.companies.at(-1)!));
  const corporation = body.clientCorporation as { id?: number } | undefined;
  if (entity === 'ClientContact' && !s.companies.some((c) => c.id === corporation?.id))
    return error(400, 'error persisting an entity of type: ClientContact: clientCorporation is required');
  const person = {
    status: 'New',
    phone: '',
    firstName: '',
    lastName: '',
    name: '',
    ...(body as object),
    id,
    entity,
    isDeleted: false,
    dateAdded: Date.now(),
    dateLastModified: Date.now(),
  };
  s.people.push(person as FakePerson);
  return done(person);
}

export function update(s: BullhornState, entity: string, id: number, body: Record<string, unknown>): FakeAnswer | undefined {
  const refused = invalidField(entity, body);
  if (refused) return refused;
  const record = entity === 'Note' ? s.notes.find((n) => n.id === id) : s.people.find((p) => p.id === id && p.entity === entity);
  if (!record) return undefined;
  Object.assign(record, body);
  return { status: 200, body: { changedEntityType: entity, changedEntityId: id, changeType: 'UPDATE', data: body } };
}

/** A Note as `GET entity/Note/{id}` shows it: to-one references carry the person's names. */
export function noteView(s: BullhornState, note: FakeNote, fields: string | null): Record<string, unknown> {
  const person = s.people.find((p) => p.id === note.personReference.id);
  const personReference = person
    ? { id: person.id, _subtype: person.entity, firstName: person.firstName, lastName: person.lastName }
    : note.personReference;
  return pick(
    { ...note, personReference, commentingPerson: { id: note.commentingPerson.id, firstName: s.user.firstName, lastName: s.user.lastName } },
    fields,
  );
}
