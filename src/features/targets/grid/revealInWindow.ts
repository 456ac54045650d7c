/**
 * Brings the active cell whole into the window when the page has it (partly) out of view. The
 * grid moves the focus without the browser's scrolling (it scrolls itself, around its sticky
 * header and footer), so where the grid runs past the window's edge (200 % zoom: a 240 px grid
 * under 200 px of toolbar in a 400 px window) the arrow keys took the active cell below the
 * edge. The whole grid when it fits, so its header and totals show too.
 */
export function revealInWindow(grid: HTMLElement, cell: HTMLElement | null) {
  if (!cell) return;
  const height = document.documentElement.clientHeight;
  const r = cell.getBoundingClientRect();
  if (r.top >= 0 && r.bottom <= height) return;
  const fits = grid.getBoundingClientRect().height <= height;
  (fits ? grid : cell).scrollIntoView({ block: 'nearest' });
}
