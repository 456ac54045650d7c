import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announce } from './announcer.ts';
import { LiveAnnouncer } from './LiveAnnouncer.tsx';

describe('LiveAnnouncer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('puts announced messages into a polite live region', () => {
    render(<LiveAnnouncer />);
    const region = screen.getByTestId('live-announcer');
    expect(region).toHaveAttribute('aria-live', 'polite');
    act(() => {
      announce('Step moved to position 2 of 5');
      vi.advanceTimersByTime(100);
    });
    expect(region).toHaveTextContent('Step moved to position 2 of 5');
  });

  it('says both of two messages that arrive together, each as its own sentence', () => {
    render(<LiveAnnouncer />);
    const region = screen.getByTestId('live-announcer');
    act(() => {
      announce('Settings page opened.');
      vi.advanceTimersByTime(10);
      announce('Step moved to position 2 of 5');
      vi.advanceTimersByTime(100);
    });
    expect(region).toHaveTextContent('Settings page opened. Step moved to position 2 of 5.');
  });

  it('says a message once when it is announced twice at the same moment', () => {
    render(<LiveAnnouncer />);
    const region = screen.getByTestId('live-announcer');
    act(() => {
      announce('You are back online.');
      announce('You are back online.');
      vi.advanceTimersByTime(100);
    });
    expect(region.textContent).toBe('You are back online.');
  });

  it('says a later message on its own, and the same sentence again when repeated later', () => {
    render(<LiveAnnouncer />);
    const region = screen.getByTestId('live-announcer');
    act(() => {
      announce('1 row locked.');
      vi.advanceTimersByTime(100);
    });
    expect(region.textContent).toBe('1 row locked.');
    act(() => {
      announce('1 row locked.');
    });
    // Emptied first, so a screen reader hears the repeat as a change.
    expect(region.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(region.textContent).toBe('1 row locked.');
  });
});
