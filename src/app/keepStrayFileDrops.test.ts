import { afterEach, describe, expect, it } from 'vitest';
import { keepStrayFileDrops } from './keepStrayFileDrops.ts';

/** A drag event as the browser sends it (jsdom has no DragEvent or DataTransfer). */
function drag(type: 'dragover' | 'drop', types: string[]) {
  const e = new Event(type, { bubbles: true, cancelable: true }) as Event & {
    dataTransfer: { types: string[]; dropEffect: string };
  };
  e.dataTransfer = { types, dropEffect: 'copy' };
  return e;
}

describe('keepStrayFileDrops', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('keeps the browser from opening files dropped where nothing takes them', () => {
    stop = keepStrayFileDrops(window);
    const over = drag('dragover', ['Files']);
    document.body.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    expect(over.dataTransfer.dropEffect).toBe('none');
    const drop = drag('drop', ['Files']);
    document.body.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
  });

  it('leaves a place that takes files (it cancels the drag itself) to say what a drop does', () => {
    stop = keepStrayFileDrops(window);
    const zone = document.createElement('div');
    document.body.append(zone);
    zone.addEventListener('dragover', (e) => e.preventDefault());
    const over = drag('dragover', ['Files']);
    zone.dispatchEvent(over);
    expect(over.dataTransfer.dropEffect).toBe('copy');
    zone.remove();
  });

  it('leaves text and links dragged within the page alone', () => {
    stop = keepStrayFileDrops(window);
    const over = drag('dragover', ['text/plain', 'text/uri-list']);
    document.body.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(false);
  });

  it('stops when asked', () => {
    keepStrayFileDrops(window)();
    const over = drag('dragover', ['Files']);
    document.body.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(false);
  });
});
