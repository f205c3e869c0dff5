/** A Note read back as a call log: the subject from the body's Summary item, entities decoded, the person's name. */
import { describe, expect, it } from 'vitest';
import { toCallLog } from '../../../src/connectors/bullhorn/read-note';

describe('Bullhorn Note → call log', () => {
  it('takes the subject from the Summary item without its closing tag, decoded', () => {
    const comments =
      '<b>Agent notes</b><br>n<br><br><b>Call details</b><br><li><b>Summary</b>: Inbound Call from Jonas &amp; Co &lt;HQ&gt;</li><li><b>Duration</b>: 3 minutes</li>';
    expect(toCallLog({ id: 1, comments, action: 'Phone Screen', personReference: { id: 2, firstName: 'Jonas', lastName: 'Meyer' } })).toEqual({
      subject: 'Inbound Call from Jonas & Co <HQ>',
      fullBody: comments,
      contactName: 'Jonas Meyer',
      dispositions: { noteActions: 'Phone Screen' },
    });
  });

  it('answers an empty subject and "Unknown" when the body has no Summary and the Note no person', () => {
    expect(toCallLog({ id: 1, comments: 'typed in Bullhorn', personReference: null })).toMatchObject({
      subject: '',
      fullBody: 'typed in Bullhorn',
      contactName: 'Unknown',
      dispositions: { noteActions: null },
    });
  });
});
