import type { RouterInputs, RouterOutputs } from "../api/types.ts";

/**
 * A stand-in for the Pegasus server at the HTTP boundary: a `fetch` that speaks tRPC's batch wire
 * format (what `httpBatchLink` sends and expects), answering from handlers the test supplies.
 * The real client, links, query cache and error parsing all run, and the test can see what went
 * over the wire (method, content type, inputs).
 */
type Routers = keyof RouterInputs & string;
export type ProcedurePath = {
  [R in Routers]: `${R}.${keyof RouterInputs[R] & string}`;
}[Routers];
type InputOf<P extends ProcedurePath> = P extends `${infer R}.${infer Q}`
  ? R extends Routers
    ? Q extends keyof RouterInputs[R]
      ? RouterInputs[R][Q]
      : never
    : never
  : never;
type OutputOf<P extends ProcedurePath> = P extends `${infer R}.${infer Q}`
  ? R extends Routers
    ? Q extends keyof RouterOutputs[R]
      ? RouterOutputs[R][Q]
      : never
    : never
  : never;

export type Handlers = {
  [P in ProcedurePath]?: (input: InputOf<P>) => OutputOf<P> | Promise<OutputOf<P>>;
};

export type RecordedCall = {
  path: ProcedurePath;
  input: unknown;
  method: string;
  contentType: string | null;
};

const STATUS: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

const RPC_CODE: Record<string, number> = {
  BAD_REQUEST: -32600,
  UNAUTHORIZED: -32001,
  FORBIDDEN: -32003,
  NOT_FOUND: -32004,
  CONFLICT: -32009,
  TOO_MANY_REQUESTS: -32029,
  INTERNAL_SERVER_ERROR: -32603,
};

/** Throw from a handler to answer with the server's error shape (server/trpc.ts errorFormatter). */
export class FakeApiError extends Error {
  constructor(
    readonly code: keyof typeof STATUS,
    message: string,
    readonly issues: { fieldErrors?: Record<string, string[]>; formErrors?: string[] } = {},
  ) {
    super(message);
  }

  toShape(path: string) {
    return {
      message: this.message,
      code: RPC_CODE[this.code] ?? -32603,
      data: { code: this.code, httpStatus: STATUS[this.code] ?? 500, path, ...this.issues },
    };
  }
}

export type FakeServer = {
  fetch: typeof fetch;
  calls: RecordedCall[];
  /** The inputs of every call to one procedure, in order. */
  inputsOf<P extends ProcedurePath>(path: P): InputOf<P>[];
  /** Replaces or adds handlers mid-test (e.g. the next `sites.list` returns the new site). */
  use(more: Handlers): void;
};

export function createFakeServer(initial: Handlers = {}): FakeServer {
  const handlers: Handlers = { ...initial };
  const calls: RecordedCall[] = [];

  const fakeFetch = async (resource: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(
      String(resource instanceof Request ? resource.url : resource),
      "http://pegasus.test",
    );
    const method = (init.method ?? "GET").toUpperCase();
    const headers = new Headers(init.headers);
    const paths = decodeURIComponent(url.pathname.replace(/^\/trpc\//, "")).split(
      ",",
    ) as ProcedurePath[];
    const rawInputs =
      method === "GET"
        ? url.searchParams.get("input")
        : typeof init.body === "string"
          ? init.body
          : null;
    const inputs = (rawInputs ? JSON.parse(rawInputs) : {}) as Record<string, unknown>;

    const results = await Promise.all(
      paths.map(async (path, index) => {
        const input = inputs[String(index)];
        calls.push({ path, input, method, contentType: headers.get("content-type") });
        const handler = handlers[path] as ((input: unknown) => unknown) | undefined;
        try {
          if (!handler) throw new FakeApiError("NOT_FOUND", `No fake handler for ${path}.`);
          return { result: { data: await handler(input) } };
        } catch (error) {
          if (error instanceof FakeApiError) return { error: error.toShape(path) };
          throw error;
        }
      }),
    );
    const failed = results.find(
      (result): result is { error: ReturnType<FakeApiError["toShape"]> } => "error" in result,
    );
    const status =
      results.length === 1 && failed ? failed.error.data.httpStatus : failed ? 207 : 200;
    return new Response(JSON.stringify(url.searchParams.get("batch") ? results : results[0]), {
      status,
      headers: { "content-type": "application/json" },
    });
  };

  return {
    fetch: fakeFetch as typeof fetch,
    calls,
    inputsOf: (path) =>
      calls.filter((call) => call.path === path).map((call) => call.input) as never,
    use: (more) => Object.assign(handlers, more),
  };
}
