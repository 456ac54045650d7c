import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentIndexHtml } from './currentIndexHtml.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function indexFile(html: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flowdesk-index-'));
  dirs.push(dir);
  const file = path.join(dir, 'index.html');
  fs.writeFileSync(file, html);
  return file;
}

/** Rewrites the file with a later modification time, as a rebuild does. */
function rebuild(file: string, html: string, secondsLater = 5) {
  fs.writeFileSync(file, html);
  const later = new Date(Date.now() + secondsLater * 1000);
  fs.utimesSync(file, later, later);
}

describe('currentIndexHtml', () => {
  it('serves the rebuilt index.html once the file changes, without a restart', () => {
    const file = indexFile('<script src="/assets/index-old.js"></script>');
    const read = currentIndexHtml(file);
    expect(read()).toContain('index-old.js');
    rebuild(file, '<script src="/assets/index-new.js"></script>');
    expect(read()).toContain('index-new.js');
  });

  it('keeps the last copy while a rebuild has removed the file', () => {
    const file = indexFile('<p>first build</p>');
    const read = currentIndexHtml(file);
    fs.rmSync(file);
    expect(read()).toBe('<p>first build</p>');
    rebuild(file, '<p>second build</p>');
    expect(read()).toBe('<p>second build</p>');
  });

  it('does not read the file again while it is unchanged', () => {
    const file = indexFile('<p>built</p>');
    const read = currentIndexHtml(file);
    const reads = vi.spyOn(fs, 'readFileSync');
    read();
    read();
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
  });
});
