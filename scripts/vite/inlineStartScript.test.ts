import { describe, expect, it } from 'vitest';
import type { HtmlTagDescriptor } from 'vite';
import { inlineStartScript } from './inlineStartScript.ts';

describe('inlineStartScript', () => {
  it('puts the start script, bundled and small, at the top of the head', async () => {
    const plugin = inlineStartScript('src/app/startScript.ts');
    const hook = plugin.transformIndexHtml as () => Promise<HtmlTagDescriptor[]>;
    const [tag] = await hook();
    expect(tag).toMatchObject({ tag: 'script', injectTo: 'head-prepend' });
    const code = String(tag.children);
    // A classic script: nothing left to import, and no zod or React in it.
    expect(code).not.toMatch(/\bimport\b|\bexport\b|_zod|react/);
    expect(code).toContain('GetTargetGroupForYear');
    expect(code).toContain('flowdesk.connection');
    expect(Buffer.byteLength(code)).toBeLessThan(4096);
  });
});
