import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gatherAnnouncements } from './gatheredAnnouncements.ts';

describe('gatherAnnouncements', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says messages that come close together as one, in order', () => {
    const said: string[] = [];
    const gathered = gatherAnnouncements((m) => said.push(m), 150);
    gathered.add('Uploaded A.');
    vi.advanceTimersByTime(20);
    gathered.add('Uploaded B.');
    vi.advanceTimersByTime(100);
    gathered.add('An upload failed.');
    expect(said).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(said).toEqual(['Uploaded A. Uploaded B. An upload failed.']);
  });

  it('says messages further apart one by one, and nothing once cancelled', () => {
    const said: string[] = [];
    const gathered = gatherAnnouncements((m) => said.push(m), 150);
    gathered.add('Uploaded A.');
    vi.advanceTimersByTime(200);
    gathered.add('Uploaded B.');
    vi.advanceTimersByTime(200);
    gathered.add('Uploaded C.');
    gathered.cancel();
    vi.advanceTimersByTime(1000);
    expect(said).toEqual(['Uploaded A.', 'Uploaded B.']);
  });

  it('leaves out a message that is no longer news when the gathered ones are said', () => {
    const said: string[] = [];
    const gathered = gatherAnnouncements((m) => said.push(m), 150);
    let stillNews = true;
    gathered.add('Uploaded A.');
    gathered.add('An upload failed.', () => stillNews);
    gathered.add('Uploaded B.', () => true);
    // Learned within the gathering window, after the message came: it is still left out.
    stillNews = false;
    vi.advanceTimersByTime(150);
    expect(said).toEqual(['Uploaded A. Uploaded B.']);
    gathered.add('An upload failed.', () => stillNews);
    vi.advanceTimersByTime(150);
    expect(said).toEqual(['Uploaded A. Uploaded B.']);
  });
});
