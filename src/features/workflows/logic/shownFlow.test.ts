import { describe, expect, it } from 'vitest';
import { shownFlow } from './shownFlow.ts';

const flow = {
  Name: 'Webinar follow-up',
  Description: 'After a webinar',
  Status: 'Running' as const,
  TableRight: { Mask: 'FULL', Reason: '' },
};
const none = { FieldRight: { Mask: 'None', Reason: '' } };

describe('shownFlow', () => {
  it('shows what the rights let the user see', () => {
    expect(shownFlow(flow, 2)).toEqual({
      name: 'Webinar follow-up',
      title: 'Webinar follow-up',
      description: 'After a webinar',
      showsStatus: true,
    });
  });

  it('names a flow by its id when its name is hidden or blank', () => {
    expect(shownFlow({ ...flow, FieldProperties: { Name: none } }, 2)).toMatchObject({
      name: null,
      title: 'Flow 2',
      description: 'After a webinar',
    });
    expect(shownFlow({ ...flow, Name: '' }, 2).title).toBe('Flow 2');
  });

  it('leaves out a hidden description and status', () => {
    const shown = shownFlow({ ...flow, FieldProperties: { Description: none, Status: none } }, 2);
    expect(shown).toMatchObject({
      name: 'Webinar follow-up',
      description: null,
      showsStatus: false,
    });
  });

  it('shows nothing of a flow the server hides', () => {
    expect(shownFlow({ ...flow, TableRight: { Mask: 'None', Reason: '' } }, 2)).toEqual({
      name: null,
      title: 'Flow 2',
      description: null,
      showsStatus: false,
    });
  });
});
