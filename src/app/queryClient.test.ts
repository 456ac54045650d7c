import { afterEach, describe, expect, it, vi } from 'vitest';
import { onlineManager } from '@tanstack/react-query';
import { createQueryClient } from './queryClient.ts';

afterEach(() => onlineManager.setOnline(true));

describe('createQueryClient', () => {
  it('runs a save made offline at once, so it fails now rather than being sent later', async () => {
    // Paused until the connection came back, a save the user had since discarded was still written.
    onlineManager.setOnline(false);
    const client = createQueryClient();
    const save = vi.fn(() => Promise.reject(new Error('the connection failed')));
    const mutation = client.getMutationCache().build(client, { mutationFn: save });
    await expect(mutation.execute(undefined)).rejects.toThrow('the connection failed');
    expect(save).toHaveBeenCalledTimes(1);
    onlineManager.setOnline(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(save).toHaveBeenCalledTimes(1);
  });
});
