import { describe, expect, it } from 'vitest';
import { addToast, type QueuedToast } from './toastQueue.ts';

let id = 0;
const t = (title: string, tone?: QueuedToast['tone']): QueuedToast => ({
  id: ++id,
  title,
  tone,
  open: true,
});
const openTitles = (list: QueuedToast[]) => list.filter((x) => x.open).map((x) => x.title);

function raise(...toasts: QueuedToast[]) {
  let list: QueuedToast[] = [];
  for (const next of toasts) list = addToast(list, next).list;
  return list;
}

describe('addToast', () => {
  it('keeps the three newest of a run of toasts open', () => {
    const list = raise(...['A', 'B', 'C', 'D', 'E'].map((n) => t(`Deleted ${n}`, 'success')));
    expect(openTitles(list)).toEqual(['Deleted C', 'Deleted D', 'Deleted E']);
    // The others are closing (still listed for their exit animation).
    expect(list).toHaveLength(5);
  });

  it('replaces an open toast with the same title and tone', () => {
    const list = raise(t('Key copied', 'success'), t('Saved'), t('Key copied', 'success'));
    expect(openTitles(list)).toEqual(['Saved', 'Key copied']);
    expect(openTitles(raise(t('Key copied', 'success'), t('Key copied', 'error')))).toEqual([
      'Key copied',
      'Key copied',
    ]);
  });

  it('never closes an error to make room for a success', () => {
    const list = raise(t('Not deleted', 'error'), ...['A', 'B', 'C'].map((n) => t(n, 'success')));
    expect(openTitles(list)).toEqual(['Not deleted', 'B', 'C']);
    const errors = raise(t('E1', 'error'), t('E2', 'error'), t('E3', 'error'), t('OK', 'success'));
    expect(openTitles(errors)).toEqual(['E1', 'E2', 'E3', 'OK']);
  });

  it('a newer error pushes out the oldest error when only errors are left', () => {
    const list = raise(...['E1', 'E2', 'E3', 'E4'].map((n) => t(n, 'error')));
    expect(openTitles(list)).toEqual(['E2', 'E3', 'E4']);
  });

  it('says which toasts it closed', () => {
    const first = t('Saved');
    const { closed } = addToast([first], t('Saved'));
    expect(closed).toEqual([first.id]);
  });
});
