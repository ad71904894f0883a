import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * An OpenAI-compatible chat-completions server on loopback, for the model path's tests: each test
 * scripts the answers in order, and the server records every request it was sent (body, headers,
 * time). A request with no scripted answer gets a 500, which the adapter reports as unavailable.
 *
 * Each `reset()` starts a new round. A provider given the server's `fetch` marks its requests
 * with the round they were made in, and a request from an earlier round is refused (410) without
 * taking an answer or being recorded: a test that abandons a request (its deadline passed before
 * this in-process server had read it) cannot hand the next test a request it did not make.
 */
export type ScriptedAnswer = (body: ChatRequest, res: ServerResponse) => void;

const ROUND_HEADER = "x-test-round";

/** What the adapter sends; the fields the tests read. */
export type ChatRequest = Record<string, unknown> & {
  model?: string;
  stream?: boolean;
  temperature?: number;
  max_tokens?: number;
  messages?: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string } };
};

export type ReceivedRequest = {
  at: number;
  body: ChatRequest;
  headers: IncomingMessage["headers"];
  /** The task the request is for: its JSON schema's name ("understand_brief", "generate_site"). */
  task: string;
};

export type OpenAiTestServer = {
  /** The SDK's base URL (…/v1). */
  baseURL: string;
  /** Answers still to give, first first. */
  script: ScriptedAnswer[];
  received: ReceivedRequest[];
  /** For the SDK (`fetch` option): marks each request with the round it was made in. */
  fetch: typeof fetch;
  /** Forgets the script and what was received, and starts a new round (between tests). */
  reset(): void;
  close(): Promise<void>;
};

/**
 * `otherwise` answers every request the script has no answer for (a benchmark answering each task
 * the same way); without it, such a request gets a 500.
 */
export async function startOpenAiTestServer(otherwise?: ScriptedAnswer): Promise<OpenAiTestServer> {
  const state = { script: [] as ScriptedAnswer[], received: [] as ReceivedRequest[], round: 0 };
  const server: Server = createServer((req, res) => {
    const round = req.headers[ROUND_HEADER];
    if (round !== undefined && Number(round) !== state.round) {
      res.writeHead(410).end("a request from an earlier test");
      return;
    }
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const body = JSON.parse(raw || "{}") as ChatRequest;
      const task = body.response_format?.json_schema?.name ?? "";
      state.received.push({ at: Date.now(), body, headers: req.headers, task });
      const answer = state.script.shift() ?? otherwise;
      if (!answer) {
        res.writeHead(500).end("no scripted answer");
        return;
      }
      answer(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    get script() {
      return state.script;
    },
    set script(answers) {
      state.script = answers;
    },
    get received() {
      return state.received;
    },
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set(ROUND_HEADER, String(state.round));
      return fetch(input, { ...init, headers });
    },
    reset() {
      state.script = [];
      state.received = [];
      state.round += 1;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const MODEL = "test-model";

/** A whole (not streamed) completion whose message is `content`. */
export function completion(
  content: string,
  usage = { prompt_tokens: 120, completion_tokens: 40, total_tokens: 160 },
): ScriptedAnswer {
  return (_body, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "chatcmpl-1",
        object: "chat.completion",
        created: 1,
        model: MODEL,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content, refusal: null },
            finish_reason: "stop",
            logprobs: null,
          },
        ],
        usage,
      }),
    );
  };
}

/** `content` streamed as server-sent events in small pieces, usage in the last chunk. */
export function stream(content: string, pieceLength = 12): ScriptedAnswer {
  return (_body, res) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    const chunk = (choices: unknown[], extra: object = {}) =>
      `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", created: 1, model: MODEL, choices, ...extra })}\n\n`;
    for (const piece of content.match(new RegExp(`.{1,${pieceLength}}`, "gs")) ?? []) {
      res.write(chunk([{ index: 0, delta: { content: piece }, finish_reason: null }]));
    }
    res.write(
      chunk([], { usage: { prompt_tokens: 100, completion_tokens: 30, total_tokens: 130 } }),
    );
    res.end("data: [DONE]\n\n");
  };
}

/** `value` as JSON, streamed or whole as the request asked: a well-behaved server's answer. */
export function answer(value: unknown): ScriptedAnswer {
  const content = JSON.stringify(value);
  return (body, res) => (body.stream ? stream(content) : completion(content))(body, res);
}
