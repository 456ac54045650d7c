import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFastScroll } from './useFastScroll.ts';

afterEach(() => vi.restoreAllMocks());

describe('useFastScroll', () => {
  it('draws entering rows light only while scrolling very fast, never the pinned row', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { result, rerender } = renderHook(
      ({ offset, scrolling }) => useFastScroll(offset, scrolling),
      { initialProps: { offset: 0, scrolling: false } },
    );
    expect(result.current(1, false)).toBe(false); // row 1 drawn in full
    now += 16;
    rerender({ offset: 400, scrolling: true }); // 25,000 px/s
    const light = result.current;
    expect(light(1, false)).toBe(false); // already full: stays full
    expect(light(30, false)).toBe(true); // entering: light
    expect(light(31, true)).toBe(false); // the active row: always full
    now += 16;
    rerender({ offset: 420, scrolling: true }); // 1,250 px/s: slow again
    expect(result.current(30, false)).toBe(false);
    now += 16;
    rerender({ offset: 420, scrolling: false });
    expect(result.current(40, false)).toBe(false);
  });
});
