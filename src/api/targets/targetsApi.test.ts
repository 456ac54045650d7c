import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectionStore } from '../session/connectionStore.ts';
import { defaultConnection } from '../session/connection.ts';
import { fetchTargetGroupForYear, fetchTargetGroupForYearAndDimension } from './targetsApi.ts';
import { emptyTargetGroup } from '../../test/emptyTargetGroup.ts';

const answer = (status: number, body: string | null) =>
  vi.fn(async () => new Response(body, { status }));

// Contract §12: whether an agent answers "nothing there" with 404 or with a null body is not
// documented, so a year without a group may come back in any of these ways.
describe('a year without a target group', () => {
  beforeEach(() => connectionStore.set({ ...defaultConnection(), scheme: 'basic' }));
  afterEach(() => vi.unstubAllGlobals());

  const fetchers = {
    GetTargetGroupForYear: () => fetchTargetGroupForYear(2027),
    GetTargetGroupForYearAndDimension: () => fetchTargetGroupForYearAndDimension(2027, 3),
  };

  const emptyGroup = JSON.stringify(emptyTargetGroup);

  for (const [method, fetchGroup] of Object.entries(fetchers)) {
    it(`is null from ${method} whether it answers 404, 200 with null, 204, or an empty group`, async () => {
      const notFound = JSON.stringify({
        Error: true,
        ErrorType: 'SoNotFoundException',
        ErrorMessage: 'No target group for 2027',
      });
      for (const [status, body] of [
        [404, notFound],
        [200, 'null'],
        [204, null],
        [200, emptyGroup],
      ] as const) {
        vi.stubGlobal('fetch', answer(status, body));
        await expect(fetchGroup(), `${status} ${body}`).resolves.toBeNull();
      }
    });
  }

  it('other failures stay failures', async () => {
    vi.stubGlobal('fetch', answer(500, '{"ErrorMessage":"boom"}'));
    await expect(fetchTargetGroupForYear(2027)).rejects.toMatchObject({ status: 500 });
    vi.stubGlobal('fetch', answer(200, '{"TargetGroupId":"x"}'));
    await expect(fetchTargetGroupForYear(2027)).rejects.toMatchObject({ kind: 'parse' });
  });
});
