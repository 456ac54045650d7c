import { describe, expect, it } from 'vitest';
import { PAN_STEP, READABLE_ZOOM, pannedView, readableView } from './FlowDiagramView.ts';

// Flow 1 ("Welcome series") is about 710 × 900 flow pixels: three paths side by side.
const flow = { x: -355, y: 0, width: 710, height: 900 };

describe('readableView', () => {
  it('opens a flow too big for the pane at a readable zoom, its start at the top, centred across', () => {
    for (const pane of [
      { width: 326, height: 560 },
      { width: 438, height: 560 },
    ]) {
      const v = readableView(flow, pane);
      expect(v.zoom).toBe(READABLE_ZOOM);
      // The top of the flow sits just inside the pane; its middle at the pane's middle.
      expect(v.y + flow.y * v.zoom).toBe(16);
      expect(v.x + (flow.x + flow.width / 2) * v.zoom).toBe(pane.width / 2);
    }
  });

  it('fits a flow that fits readably, centred, and never enlarges it past full size', () => {
    const small = { x: 0, y: 0, width: 300, height: 400 };
    const v = readableView(small, { width: 600, height: 560 });
    expect(v.zoom).toBe(1);
    expect(v.x + 150).toBe(300);
    expect(v.y + 200).toBe(280);
    const fitting = readableView(small, { width: 320, height: 460 });
    expect(fitting.zoom).toBeCloseTo(0.96, 5);
    expect(fitting.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });
});

describe('pannedView', () => {
  const view = { x: 10, y: 20, zoom: 0.9 };
  it('moves the flow as scrolling would: Right shows more on the right', () => {
    expect(pannedView(view, 'ArrowRight')).toEqual({ x: 10 - PAN_STEP, y: 20, zoom: 0.9 });
    expect(pannedView(view, 'ArrowLeft')).toEqual({ x: 10 + PAN_STEP, y: 20, zoom: 0.9 });
    expect(pannedView(view, 'ArrowDown')).toEqual({ x: 10, y: 20 - PAN_STEP, zoom: 0.9 });
    expect(pannedView(view, 'ArrowUp', true)).toEqual({ x: 10, y: 20 + 3 * PAN_STEP, zoom: 0.9 });
  });
  it('leaves other keys alone', () => {
    expect(pannedView(view, 'Enter')).toBeNull();
    expect(pannedView(view, 'a')).toBeNull();
  });
});
