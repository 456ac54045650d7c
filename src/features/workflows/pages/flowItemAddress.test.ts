import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http/ApiError.ts';
import {
  addressInItsFlow,
  cannotAdd,
  isRetryable,
  notASplitStep,
  parseId,
} from './flowItemAddress.ts';

describe('parseId', () => {
  it('reads a plain positive whole number', () => {
    expect(parseId('1')).toBe(1);
    expect(parseId('120')).toBe(120);
  });

  it.each(['abc', '0', '-1', '1.5', '1e3', ' 1', '01', '', '0x1', '99999999999999999999'])(
    'refuses %j',
    (raw) => expect(parseId(raw)).toBeNull(),
  );

  it('refuses a missing value', () => {
    expect(parseId(null)).toBeNull();
    expect(parseId(undefined)).toBeNull();
  });
});

describe('addressInItsFlow', () => {
  it('is null when the item is in the flow the address names', () => {
    expect(addressInItsFlow(1, 1, 'options/1')).toBeNull();
  });

  it('points at the item’s own flow when the address names another one', () => {
    expect(addressInItsFlow(2, 1, 'options/1')).toBe('/workflows/1/options/1');
    expect(addressInItsFlow(2, 3, '/goals/4')).toBe('/workflows/3/goals/4');
  });

  it('points at the item’s flow when the address has no valid flow id', () => {
    expect(addressInItsFlow(null, 1, 'options/new?step=3')).toBe('/workflows/1/options/new?step=3');
  });

  it('is null when the item does not say which flow it is in', () => {
    expect(addressInItsFlow(2, null, 'options/1')).toBeNull();
    expect(addressInItsFlow(2, undefined, 'options/1')).toBeNull();
    expect(addressInItsFlow(2, 0, 'options/1')).toBeNull();
  });
});

describe('notASplitStep', () => {
  it('accepts a split step', () => {
    expect(notASplitStep({ WorkflowStepId: 3, StepType: 'Split' })).toBeNull();
  });

  it('names the step and its type otherwise', () => {
    expect(notASplitStep({ WorkflowStepId: 1, StepType: 'SendEmail' })).toBe(
      'Step 1 is a “Send e-mail” step, not a split step: only split steps have options.',
    );
  });
});

describe('isRetryable', () => {
  const http = (status: number) =>
    new ApiError({ kind: 'http', status, message: 'x', request: 'GET /x' });

  it('is false for answers that say the request itself is wrong', () => {
    for (const status of [400, 403, 404, 422]) expect(isRetryable(http(status))).toBe(false);
  });

  it('is true for server trouble, timeouts, rate limits, expired sign-ins and no answer', () => {
    for (const status of [500, 503, 408, 429, 401]) expect(isRetryable(http(status))).toBe(true);
    expect(isRetryable(new ApiError({ kind: 'network', message: 'x', request: 'GET /x' }))).toBe(
      true,
    );
    expect(isRetryable(new Error('boom'))).toBe(true);
  });
});

describe('cannotAdd', () => {
  it('says why a new goal or option cannot be added when the proposal lacks Insert', () => {
    const readOnly = {
      TableRight: { Mask: 'Select', Reason: 'Your role may view but not change this' },
    };
    expect(cannotAdd(readOnly, 'goal')).toEqual({
      title: 'You cannot add goals',
      message: 'Your role may view but not change this. The flow page shows the goals there are.',
    });
    expect(cannotAdd({ TableRight: { Mask: 'FULL', Reason: '' } }, 'option')).toBeNull();
    expect(cannotAdd({ TableRight: null }, 'option')).toBeNull();
    expect(cannotAdd(undefined, 'option')).toBeNull();
  });
});

describe('cannotAdd, where the flow is hidden', () => {
  it('does not send the user to a flow page that shows nothing of the flow', () => {
    const hidden = { TableRight: { Mask: 'None', Reason: 'Your role may not see this record' } };
    expect(cannotAdd(hidden, 'option')).toEqual({
      title: 'You cannot add options',
      message:
        'Your role may not see this record. The flow is hidden from you, so no option can be added to it.',
    });
  });
});
