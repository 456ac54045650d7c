import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyWithPreload } from './lazyWithPreload.ts';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('lazyWithPreload', () => {
  it('loads once, whether preloaded or rendered', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Hello }));
    const LazyHello = lazyWithPreload(load);
    await LazyHello.preload();
    await LazyHello.preload();
    render(
      <Suspense fallback={null}>
        <LazyHello name="Ada" />
      </Suspense>,
    );
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once, without suspending, once preloaded', async () => {
    const LazyHello = lazyWithPreload(() => Promise.resolve({ default: Hello }));
    expect(LazyHello.isLoaded()).toBe(false);
    await LazyHello.preload();
    expect(LazyHello.isLoaded()).toBe(true);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <LazyHello name="Grace" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });

  it('tries again after a failed fetch (offline at preload time)', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Hello }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ default: Hello });
    const LazyHello = lazyWithPreload(load);
    await expect(LazyHello.preload()).rejects.toThrow('offline');
    await expect(LazyHello.preload()).resolves.toEqual({ default: Hello });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
