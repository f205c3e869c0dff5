/**
 * Which contact an automatic log goes to when the number matches several, by the user's policy.
 * No choice is made on missing facts: a policy that needs a date the CRM did not give leaves the
 * call for a person rather than guessing.
 */
import type { ContactInfo } from '../../protocol/crm-shapes';
import type { AutoLogSettings } from '../../protocol/schemas/auto-log-settings';

export function chooseContact(matches: readonly ContactInfo[], policy: AutoLogSettings['severalMatches']): ContactInfo | undefined {
  if (matches.length === 1) return matches[0];
  switch (policy) {
    case 'skip':
      return undefined;
    case 'firstAlphabetical':
      return [...matches].sort((a, b) => a.name.localeCompare(b.name) || String(a.id).localeCompare(String(b.id)))[0];
    case 'earliestCreated':
      return byDate(matches, (contact) => contact.createdDate, 'earliest');
    case 'mostRecentActivity':
      return byDate(matches, (contact) => contact.mostRecentActivityDate, 'latest');
  }
}

function byDate(matches: readonly ContactInfo[], dateOf: (contact: ContactInfo) => string | undefined, pick: 'earliest' | 'latest') {
  const dated = matches.map((contact) => ({ contact, at: Date.parse(dateOf(contact) ?? '') }));
  // A contact with no activity was never called: the others are more recent. A missing creation date has no such meaning.
  if (pick === 'latest') for (const entry of dated) if (Number.isNaN(entry.at)) entry.at = Number.NEGATIVE_INFINITY;
  if (dated.some(({ at }) => Number.isNaN(at)) || dated.every(({ at }) => at === Number.NEGATIVE_INFINITY)) return undefined;
  dated.sort((a, b) => (pick === 'earliest' ? a.at - b.at : b.at - a.at));
  // Two contacts on the same instant: no rule picks one, so a person does.
  return dated.length > 1 && dated[0]!.at === dated[1]!.at ? undefined : dated[0]!.contact;
}
