import { describe, expect, it } from 'vitest';
import {
  eventTypeByListId,
  goalTypeByListId,
  splitOptionTypeByListId,
  stepTypeByListId,
} from '../workflow/enumListIds.ts';
import { enumPickerOptions } from './enumPickerOptions.ts';
import { mdoListSchema } from './schemas.ts';

/** A list as a real tenant sends it: ExtraInfo empty (superoffice-docs mdo-providers reference). */
const realList = (items: [number, string][]) =>
  mdoListSchema.parse(
    items.map(([Id, Name]) => ({ Id, Name, StyleHint: '', ExtraInfo: '', Tooltip: '' })),
  );

const labels = { None: 'No goal type', PersonUpdated: 'Contact updated', FormData: 'Form data' };

describe('enumPickerOptions', () => {
  it('gives each goal type of a real list its enum name, never the list id', () => {
    const list = realList([
      [1, 'Contact updated'],
      [5, 'Added to project'],
      [10, 'Request created'],
    ]);
    expect(enumPickerOptions(list, { byListId: goalTypeByListId, labels })).toEqual([
      { value: 'PersonUpdated', label: 'Contact updated' },
      { value: 'AddedToProject', label: 'Added to project' },
      { value: 'RequestCreated', label: 'Request created' },
    ]);
  });

  it('names step types by the documented list ids, 15 Distribute to owner included', () => {
    const list = realList([
      [7, 'Add to selection/project'],
      [15, 'Distribute to owner'],
      [14, 'Run script'],
    ]);
    expect(
      enumPickerOptions(list, { byListId: stepTypeByListId, labels: {} }).map((o) => o.value),
    ).toEqual(['AddToList', 'DistributeToOwner', 'RunScript']);
  });

  it('names split option types as their list documents them, not by the enum name order', () => {
    const list = realList([
      [1, 'Contact data'],
      [2, 'Form submission'],
      [3, 'Link Clicked'],
      [4, 'Project membership'],
      [5, 'Selection member'],
    ]);
    expect(enumPickerOptions(list, { byListId: splitOptionTypeByListId, labels: {} })).toEqual([
      { value: 'PersonData', label: 'Contact data' },
      { value: 'FormSubmission', label: 'Form submission' },
      { value: 'LinkClicked', label: 'Link Clicked' },
      { value: 'ProjectMembership', label: 'Project membership' },
      { value: 'SelectionMembership', label: 'Selection member' },
    ]);
  });

  it('names event types by their enum numbers', () => {
    const list = realList([
      [1001, 'Contact created'],
      [1007, 'Skjema sendt'],
    ]);
    expect(enumPickerOptions(list, { byListId: eventTypeByListId, labels: {} })).toEqual([
      { value: 'PersonCreated', label: 'Contact created' },
      { value: 'FormSubmitted', label: 'Skjema sendt' },
    ]);
  });

  it('leaves out an item whose id names nothing (rather than send a number) and None', () => {
    const list = realList([
      [0, 'None'],
      [6, 'Something new'],
      [2, 'Form submission'],
    ]);
    expect(
      enumPickerOptions(list, { byListId: splitOptionTypeByListId, labels: {} }).map(
        (o) => o.value,
      ),
    ).toEqual(['FormSubmission']);
  });

  it('ignores ExtraInfo, which a real list leaves empty and may use for something else', () => {
    const list = mdoListSchema.parse([{ Id: 1, Name: 'Contact updated', ExtraInfo: 'x;y' }]);
    expect(enumPickerOptions(list, { byListId: goalTypeByListId, labels })).toEqual([
      { value: 'PersonUpdated', label: 'Contact updated' },
    ]);
  });

  it('offers the built-in texts while there is no list, without None', () => {
    expect(enumPickerOptions(undefined, { byListId: goalTypeByListId, labels })).toEqual([
      { value: 'PersonUpdated', label: 'Contact updated' },
      { value: 'FormData', label: 'Form data' },
    ]);
  });

  it('keeps a stored value the list does not have, by its text or else its name', () => {
    const list = realList([[1, 'Contact data']]);
    const source = { byListId: splitOptionTypeByListId, labels };
    expect(enumPickerOptions(list, source, ['FormData', 'Brandnew', null, '', 'None'])).toEqual([
      { value: 'PersonData', label: 'Contact data' },
      { value: 'FormData', label: 'Form data' },
      { value: 'Brandnew', label: 'Brandnew' },
    ]);
    // A stored value the list has is not added twice.
    expect(enumPickerOptions(list, source, ['PersonData'])).toHaveLength(1);
  });
});
