/**
 * Measurements for the editor benchmark (bench/editor.bench.ts) and for development. Off in
 * production unless the page was opened by the benchmark (`window.__PEGASUS_BENCH__ = true` set
 * before any script runs), so the checks below cost one boolean test.
 */
type BenchWindow = Window & { __PEGASUS_BENCH__?: boolean; __pegasusPerf?: EditorPerf };

export type EditorPerf = {
  readonly enabled: boolean;
  /** Canvas block renders since the last reset, and which blocks rendered. */
  renders: number;
  rendered: string[];
  reset(): void;
};

const enabled =
  import.meta.env.DEV ||
  (typeof window !== "undefined" && (window as BenchWindow).__PEGASUS_BENCH__ === true);

export const perf: EditorPerf = {
  enabled,
  renders: 0,
  rendered: [],
  reset() {
    this.renders = 0;
    this.rendered = [];
  },
};

if (enabled && typeof window !== "undefined") (window as BenchWindow).__pegasusPerf = perf;

export function countRender(id: string): void {
  if (!enabled) return;
  perf.renders++;
  if (perf.rendered.length < 5000) perf.rendered.push(id);
}

/** A performance mark, only when measuring. */
export function mark(name: string, detail?: unknown): void {
  if (!enabled || typeof performance === "undefined") return;
  performance.mark(name, detail === undefined ? undefined : { detail });
}
