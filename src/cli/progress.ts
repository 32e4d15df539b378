/**
 * The progress line of long commands, pure: `[██████░░░░░░] 1,234/10,000 files · 85.3/s · 1m 43s left`.
 * The caller owns the clock and the terminal: it redraws with `\r` and clears with CLEAR_LINE.
 */
export const CLEAR_LINE = '\r\x1b[K';

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

export interface ProgressState {
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
  /** What is counted ("files"). */
  readonly unit?: string;
  /** Width of the bar in cells. */
  readonly width?: number;
}

export function formatProgress(p: ProgressState): string {
  const width = p.width ?? 24;
  const frac = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  const full = Math.round(frac * width);
  const bar = `[${'█'.repeat(full)}${'░'.repeat(width - full)}]`;
  const count = `${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} ${p.unit ?? 'files'}`;
  const secs = p.elapsedMs / 1000;
  if (p.done === 0 || secs <= 0) return `${bar} ${count}`;
  const rate = p.done / secs;
  const left = p.done >= p.total ? 'done' : `${formatDuration((p.total - p.done) / rate)} left`;
  return `${bar} ${count} · ${rate.toFixed(1)}/s · ${left}`;
}
