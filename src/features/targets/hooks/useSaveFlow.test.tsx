import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/http/ApiError.ts';
import { subscribeAnnouncements } from '../../../ui/announcer.ts';
import type { PlannerGroup } from './plannerGroup.ts';
import { usePlanner } from './usePlanner.ts';
import { useSaveFlow } from './useSaveFlow.ts';

const group: PlannerGroup = {
  TargetGroupId: 7,
  Year: 2027,
  PeriodType: 'HalfYear',
  TargetAssignments: [
    {
      TargetAssignmentInfoId: 1,
      Values: [1, 2],
      Locked: false,
      TargetAssociate: { AssociateId: 3, FullName: 'Ada' },
    },
  ],
};
const handoff = { key: '7|ada', view: () => undefined };
const queryClient = new QueryClient();
const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
);
/** What the workspace is told a save saved (it shows it as a toast). */
const saved = vi.fn<(text: string) => void>();
const text = {
  periodNames: ['First half', 'Second half'],
  format: (n: number) => n.toFixed(2),
  saved,
};

/** A pending save the test ends when it likes. */
function deferredSave() {
  const d = {} as { fail: (e: Error) => void; save: () => Promise<unknown> };
  d.save = () =>
    new Promise((_, reject) => {
      d.fail = reject;
    });
  return d;
}

/** The workspace's save: one edit, a Save button, the failure banner. */
function Workspace({
  save,
  latest = () => Promise.resolve(group),
  draft,
}: {
  save: (payload: PlannerGroup) => Promise<unknown>;
  latest?: () => Promise<PlannerGroup>;
  /** What the draft is told of the save (see useDraft). */
  draft?: { saving: (since: string | null) => void; unanswered: () => void };
}) {
  const planner = usePlanner(group.TargetAssignments!, 2);
  const flow = useSaveFlow(planner, group, save, () => {}, handoff, { ...text, latest, ...draft });
  return (
    <>
      <button
        type="button"
        onClick={() => planner.loadEdits(new Map([[1, { values: [9, 2], locked: false }]]))}
      >
        Edit
      </button>
      <button type="button" onClick={() => void flow.submit()}>
        Save
      </button>
      <button
        type="button"
        onClick={() => {
          // Ctrl+S in a cell editor: the typed value is committed and saved in one go.
          planner.loadEdits(new Map([[1, { values: [9, 2], locked: false }]]));
          void flow.submit();
        }}
      >
        Edit and save
      </button>
      {planner.notice && <p>{planner.notice.text}</p>}
      {flow.error && (
        <div role="alert">
          {flow.error.title}: {flow.error.text}
          <button type="button" onClick={flow.dismissError}>
            Dismiss
          </button>
          {flow.error.reload && (
            <button type="button" onClick={() => void flow.reload()}>
              Reload
            </button>
          )}
        </div>
      )}
    </>
  );
}

/** The page: a new load of the group (`loadedAt`) starts a new workspace, as TargetsPage does. */
function Page({ loadedAt, save }: { loadedAt: number; save: () => Promise<unknown> }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Workspace key={loadedAt} save={save} />
    </QueryClientProvider>
  );
}

const click = (name: string) => act(() => screen.getByRole('button', { name }).click());
const settle = () => act(() => new Promise((r) => setTimeout(r, 10)));

afterEach(async () => {
  cleanup();
  await new Promise((r) => setTimeout(r, 10));
});

describe('useSaveFlow', () => {
  it('keeps the save failure when a refetch that landed during the save replaces the grid', async () => {
    const d = deferredSave();
    const { rerender } = render(<Page loadedAt={1} save={d.save} />);
    click('Edit');
    click('Save');
    await settle(); // the group is read again, then sent
    // The save fails; the group loaded while it was under way then replaces the workspace.
    await act(async () => d.fail(new Error('Leo Russo is locked.')));
    rerender(<Page loadedAt={2} save={d.save} />);
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The targets were not saved: Leo Russo is locked.',
    );
  });

  it('keeps it too when the new grid is there before the failure is', async () => {
    const d = deferredSave();
    const { rerender } = render(<Page loadedAt={1} save={d.save} />);
    click('Edit');
    click('Save');
    await settle();
    rerender(<Page loadedAt={2} save={d.save} />);
    await act(async () => d.fail(new Error('Leo Russo is locked.')));
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('Leo Russo is locked.');
    // Dismissed, it stays away.
    click('Dismiss');
    rerender(<Page loadedAt={3} save={d.save} />);
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('forgets the failure once nothing shows the group any more (another year, another page)', async () => {
    const d = deferredSave();
    const { unmount } = render(<Page loadedAt={1} save={d.save} />);
    click('Edit');
    click('Save');
    await settle();
    await act(async () => d.fail(new Error('Leo Russo is locked.')));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    unmount();
    await settle();
    render(<Page loadedAt={2} save={d.save} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves only its own change on top of what someone else saved meanwhile', async () => {
    const save = vi.fn((_: PlannerGroup) => Promise.resolve({}));
    // Someone else changed the second half since the group was loaded, and locked the row.
    const latest = () =>
      Promise.resolve({
        ...group,
        TargetAssignments: [{ ...group.TargetAssignments![0], Values: [1, 5], Locked: true }],
      });
    render(<Workspace save={save} latest={latest} />, { wrapper });
    click('Edit');
    click('Save');
    await settle();
    // The row was locked since, and the planner changed a value in it: not saved.
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The targets were not saved: Someone saved these targets after you opened them. They locked rows you changed: Ada. Reload to see their values',
    );
  });

  it("sends their values with only the planner's change put on top", async () => {
    const save = vi.fn((_: PlannerGroup) => Promise.resolve({}));
    const latest = () =>
      Promise.resolve({
        ...group,
        TargetAssignments: [{ ...group.TargetAssignments![0], Values: [1, 5] }],
      });
    render(<Workspace save={save} latest={latest} />, { wrapper });
    click('Edit');
    click('Save');
    await settle();
    expect(save.mock.calls[0][0].TargetAssignments?.[0].Values).toEqual([9, 5]);
  });

  it('shows both values of a cell both changed, and does not save', async () => {
    const save = vi.fn((_: PlannerGroup) => Promise.resolve({}));
    const latest = () =>
      Promise.resolve({
        ...group,
        TargetAssignments: [{ ...group.TargetAssignments![0], Values: [4, 2] }],
      });
    render(<Workspace save={save} latest={latest} />, { wrapper });
    click('Edit');
    click('Save');
    await settle();
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'changed what you changed too: Ada, First half (theirs 4.00, yours 9.00).',
    );
  });

  it('reads the group once when Reload is clicked twice while it is being read', async () => {
    const theirs: PlannerGroup = {
      ...group,
      TargetAssignments: [{ ...group.TargetAssignments![0], Values: [5, 2] }],
    };
    let release: (g: PlannerGroup) => void = () => {};
    const latest = vi
      .fn<() => Promise<PlannerGroup>>()
      .mockResolvedValueOnce(theirs)
      .mockImplementationOnce(() => new Promise((r) => (release = r)));
    render(<Workspace save={() => Promise.resolve()} latest={latest} />, { wrapper });
    await act(async () => screen.getByRole('button', { name: 'Edit' }).click());
    await act(async () => screen.getByRole('button', { name: 'Save' }).click());
    const reload = await screen.findByRole('button', { name: 'Reload' });
    await act(async () => {
      reload.click();
      reload.click();
    });
    // One read for the save, one for the reload: the second click was not a second handover.
    expect(latest).toHaveBeenCalledTimes(2);
    await act(async () => release(theirs));
  });

  it('counts the changes it saved, also when the save starts before the page has redrawn', async () => {
    // Told to the workspace, which shows it outside itself (the saved group is a new workspace);
    // the toast says it, so the app's live region must not say it a second time.
    saved.mockClear();
    const said: string[] = [];
    const stop = subscribeAnnouncements((m) => said.push(m));
    render(<Workspace save={() => Promise.resolve({})} />, { wrapper });
    await act(async () => screen.getByRole('button', { name: 'Edit and save' }).click());
    await vi.waitFor(() => expect(saved).toHaveBeenCalledWith('Saved 1 change.'));
    expect(saved).toHaveBeenCalledTimes(1);
    expect(said).not.toContainEqual(expect.stringMatching(/^Saved/));
    stop();
  });

  it('tells the draft no save is under way when the read before it got no answer (nothing was sent)', async () => {
    const draft = { saving: vi.fn(), unanswered: vi.fn() };
    const offline = new ApiError({ kind: 'network', message: 'Failed to fetch', request: 'GET' });
    render(
      <Workspace
        save={() => Promise.resolve()}
        latest={() => Promise.reject(offline)}
        draft={draft}
      />,
      {
        wrapper,
      },
    );
    await act(async () => screen.getByRole('button', { name: 'Edit and save' }).click());
    expect(await screen.findByRole('alert')).toHaveTextContent('The targets were not saved');
    expect(draft.saving).toHaveBeenLastCalledWith(null);
    expect(draft.unanswered).not.toHaveBeenCalled();
  });

  it('keeps the mark when a proxy answered the save with a 504 (it may have been stored)', async () => {
    const draft = { saving: vi.fn(), unanswered: vi.fn() };
    const proxy = new ApiError({
      kind: 'http',
      status: 504,
      message: '504 Gateway Time-out',
      request: 'PUT',
    });
    render(<Workspace save={() => Promise.reject(proxy)} draft={draft} />, { wrapper });
    await act(async () => screen.getByRole('button', { name: 'Edit and save' }).click());
    expect(await screen.findByRole('alert')).toHaveTextContent('The save could not be confirmed');
    expect(draft.saving).not.toHaveBeenCalledWith(null);
    expect(draft.unanswered).toHaveBeenCalledOnce();
  });

  it('keeps the mark when the save itself got no answer (it may have been stored)', async () => {
    const draft = { saving: vi.fn(), unanswered: vi.fn() };
    const offline = new ApiError({ kind: 'network', message: 'Failed to fetch', request: 'PUT' });
    render(<Workspace save={() => Promise.reject(offline)} draft={draft} />, { wrapper });
    await act(async () => screen.getByRole('button', { name: 'Edit and save' }).click());
    await screen.findByRole('alert');
    expect(draft.saving).not.toHaveBeenCalledWith(null);
    expect(draft.unanswered).toHaveBeenCalledOnce();
  });
});
