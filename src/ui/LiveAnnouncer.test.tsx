import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { announce } from './announcer.ts';
import { LiveAnnouncer } from './LiveAnnouncer.tsx';

describe('LiveAnnouncer', () => {
  it('puts announced messages into a polite live region', () => {
    vi.useFakeTimers();
    render(<LiveAnnouncer />);
    const region = screen.getByTestId('live-announcer');
    expect(region).toHaveAttribute('aria-live', 'polite');
    act(() => {
      announce('Step moved to position 2 of 5');
      vi.advanceTimersByTime(100);
    });
    expect(region).toHaveTextContent('Step moved to position 2 of 5');
    vi.useRealTimers();
  });
});
