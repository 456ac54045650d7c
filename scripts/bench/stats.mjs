/** Small statistics for the benchmark (pure; unit-tested). */

export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);

/** p50, p95 and the share of frame intervals over `slowMs` (20 ms: a dropped frame at 60 Hz). */
export function frameStats(intervals, slowMs = 20) {
  return {
    frames: intervals.length,
    p50: quantile(intervals, 0.5),
    p95: quantile(intervals, 0.95),
    over20: intervals.length ? intervals.filter((v) => v > slowMs).length / intervals.length : NaN,
  };
}

/** Median of each numeric leaf across runs (same shape as one run). */
export function medianOfRuns(runs) {
  const out = {};
  for (const key of Object.keys(runs[0])) {
    const v = runs[0][key];
    if (typeof v === 'number') out[key] = median(runs.map((r) => r[key]));
    else if (v && typeof v === 'object') out[key] = medianOfRuns(runs.map((r) => r[key]));
    else out[key] = v;
  }
  return out;
}

export const round = (v, d = 1) => (Number.isFinite(v) ? Math.round(v * 10 ** d) / 10 ** d : v);
