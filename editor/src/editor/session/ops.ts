/**
 * Access to the shared operations (./sharedOps.ts, loaded on demand with Lexical). Code that edits
 * calls `sharedOps()`, which throws `EditorStillLoading` in the moment before they arrive (a
 * fraction of a second after the canvas is drawn); commands turn that into a polite message.
 */
import { mark } from "../perf.ts";
import type * as SharedOpsModule from "./sharedOps.ts";

export type SharedOps = typeof SharedOpsModule;

let loaded: SharedOps | null = null;
let loading: Promise<SharedOps> | null = null;

export class EditorStillLoading extends Error {
  override name = "EditorStillLoading";
  constructor() {
    super("The editor is still loading. Try again in a moment.");
  }
}

export function loadSharedOps(): Promise<SharedOps> {
  loading ??= import("./sharedOps.ts").then((module) => {
    loaded = module;
    mark("pegasus:ops-ready");
    return module;
  });
  return loading;
}

export function sharedOps(): SharedOps {
  if (!loaded) {
    void loadSharedOps();
    throw new EditorStillLoading();
  }
  return loaded;
}

export function sharedOpsLoaded(): boolean {
  return loaded !== null;
}

/** Whether an error is the shared operations' refusal (bad input, not allowed there). */
export function isSiteEditError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === "SiteEditError";
}
