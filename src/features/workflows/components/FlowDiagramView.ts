/** Where the flow diagram looks: React Flow's viewport (a pan of x, y and a zoom). */
export interface View {
  x: number;
  y: number;
  zoom: number;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The smallest zoom the diagram opens at: its 12–13 px box text then reads at 11–12 px. Fitted
 * whole into a 326 px pane (a 400 px window) the flow was drawn at 0.44, its text at 5 px.
 */
export const READABLE_ZOOM = 0.9;
const MAX_ZOOM = 1;
/** Room left around the flow, in screen pixels. */
const PAD = 16;

/**
 * The view the diagram opens at: the whole flow when it fits at a readable size; otherwise a
 * readable zoom showing the top of the flow (its start), centred across, to pan from.
 */
export function readableView(bounds: Box, pane: { width: number; height: number }): View {
  const fit = Math.min(
    (pane.width - 2 * PAD) / Math.max(bounds.width, 1),
    (pane.height - 2 * PAD) / Math.max(bounds.height, 1),
    MAX_ZOOM,
  );
  const zoom = Math.max(fit, READABLE_ZOOM);
  const x = pane.width / 2 - (bounds.x + bounds.width / 2) * zoom;
  const fitsDown = bounds.height * zoom <= pane.height - 2 * PAD;
  const y = fitsDown
    ? pane.height / 2 - (bounds.y + bounds.height / 2) * zoom
    : PAD - bounds.y * zoom;
  return { x, y, zoom };
}

/** How far one arrow key press moves the diagram, in screen pixels (Shift: three times as far). */
export const PAN_STEP = 80;

/**
 * The view after an arrow key, as scrolling a page: Right shows more of what is to the right
 * (the flow moves left), Down more of what is below. Null for any other key.
 */
export function pannedView(view: View, key: string, shift = false): View | null {
  const step = shift ? PAN_STEP * 3 : PAN_STEP;
  switch (key) {
    case 'ArrowRight':
      return { ...view, x: view.x - step };
    case 'ArrowLeft':
      return { ...view, x: view.x + step };
    case 'ArrowDown':
      return { ...view, y: view.y - step };
    case 'ArrowUp':
      return { ...view, y: view.y + step };
    default:
      return null;
  }
}
