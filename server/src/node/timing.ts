import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

// LAW_REPORT_TIMING=1 logs, on stderr, how long each timed handler ran and every garbage collection,
// stamped with wall-clock milliseconds a client can line its own up with: where a slow reply's time
// went, which the client cannot tell. Off by default; the server then pays a function call per handler.

export type Timed = <T>(what: string, run: () => T) => T;

const untimed: Timed = (_what, run) => run();

/** A wrapper that times what it runs when LAW_REPORT_TIMING is set, and only runs it otherwise. */
export function handlerTiming(log = (line: string) => process.stderr.write(`${line}\n`)): Timed {
  if (!process.env.LAW_REPORT_TIMING) return untimed;
  const at = (t: number) => (performance.timeOrigin + t).toFixed(2);
  new PerformanceObserver((list) => {
    const spaces = getHeapSpaceStatistics()
      .map((space) => `${space.space_name.replace('_space', '')}=${(space.space_used_size / 1e6).toFixed(1)}`)
      .join(' ');
    for (const entry of list.getEntries()) {
      const detail = (entry as { detail?: { kind?: number; flags?: number } }).detail;
      log(`timing gc at=${at(entry.startTime)} ms=${entry.duration.toFixed(2)} kind=${detail?.kind ?? '?'} flags=${detail?.flags ?? '?'} after: ${spaces}`);
    }
  }).observe({ entryTypes: ['gc'] });
  return (what, run) => {
    const start = performance.now();
    try {
      return run();
    } finally {
      const end = performance.now();
      log(`timing ${what} at=${at(start)} ms=${(end - start).toFixed(2)}`);
    }
  };
}
