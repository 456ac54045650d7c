import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { connectionStore } from '../../api/session/connectionStore.ts';
import { defaultConnection } from '../../api/session/connection.ts';
import { EventHistoryTable } from './EventHistoryTable.tsx';
import { eventHistories, eventHistoryOwner } from './eventHistory.ts';

describe('EventHistoryTable', () => {
  afterEach(() => {
    eventHistories.for(eventHistoryOwner('', 'kari')).clear();
    connectionStore.set(null);
    vi.unstubAllGlobals();
  });

  it("shows when an event was sent in the user's culture and time zone, not the browser's", () => {
    // The type list is not needed here: the table falls back to the raw event type.
    vi.stubGlobal('fetch', () => new Promise(() => {}));
    connectionStore.set({
      ...defaultConnection(),
      userName: 'kari',
      culture: 'en-GB',
      timeZone: 'Asia/Tokyo',
    });
    eventHistories.for(eventHistoryOwner('', 'kari')).add({
      sentAt: '2026-01-01T00:00:00Z',
      eventType: 'Custom',
      attributes: '',
      select: '',
      outcome: 'ok',
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <EventHistoryTable />
      </QueryClientProvider>,
    );
    const table = screen.getByRole('table', { name: 'Events sent in this session' });
    expect(within(table).getByRole('cell', { name: '09:00:00' })).toBeInTheDocument();
  });
});
