package dev.flowdef.clientgen.typescript;

/**
 * The part of every TypeScript module that does not depend on the flows: the error class, Genkit-style
 * {@code runFlow} and {@code streamFlow} over {@code fetch}, and the server-sent-event parser. Written out as it is,
 * so a module has no runtime dependency and works in Node 20+ and browsers alike.
 */
final class TsRuntime {
  private TsRuntime() {}

  static final String TEXT = """
      /**
       * A flow call that failed: the Genkit `status` (such as `INVALID_ARGUMENT` or `INTERNAL`), the message and the
       * `details` the service sent, from an HTTP error or a stream's error frame; or a call that got no answer:
       * `UNAVAILABLE` (unreachable, or the stream broke off), `CANCELLED` (aborted through its `AbortSignal`).
       */
      export class FlowError extends Error {
        /** The Genkit status, such as `NOT_FOUND` or `INTERNAL`. */
        readonly status: string;
        /** The message as the service sent it, without the status. */
        readonly serverMessage: string;
        /** The HTTP status of the response, or 0 when there was none or the error came in a stream. */
        readonly httpStatus: number;
        /** The details the service sent, for example `errors` for invalid input. */
        readonly details: unknown;

        constructor(status: string, message: string, options: { httpStatus?: number; details?: unknown; cause?: unknown } = {}) {
          super(`${status}: ${message}`, { cause: options.cause });
          this.name = "FlowError";
          this.status = status;
          this.serverMessage = message;
          this.httpStatus = options.httpStatus ?? 0;
          this.details = options.details;
        }
      }

      /** What a call adds to a client's defaults: the service's base URL, headers, and a signal to abort it. */
      export interface FlowCallOptions {
        /** The service's base URL, such as `http://localhost:3400`; the page's own origin when left out (browsers). */
        baseUrl?: string;
        /** Headers sent with the call, such as `Authorization`. */
        headers?: Record<string, string>;
        /** Aborts the call: the connection is closed, so the service cancels the flow. */
        abortSignal?: AbortSignal;
      }

      /** A call of the flow at `url`, as Genkit's `runFlow` and `streamFlow` take it. */
      export interface FlowRequest<I> {
        url: string;
        input?: I;
        headers?: Record<string, string>;
        abortSignal?: AbortSignal;
      }

      /** A streaming call: its chunks as they arrive, and its output once it arrives. */
      export interface FlowStream<S, O> {
        readonly stream: AsyncIterable<S>;
        readonly output: Promise<O>;
      }

      /** Runs the flow at `request.url` and resolves with its output; rejects with a {@link FlowError}. */
      export async function runFlow<O = unknown, I = unknown>(request: FlowRequest<I>): Promise<O> {
        const response = await send(request, false);
        const text = await readText(response, request.abortSignal);
        if (response.status !== 200) {
          throw errorFromResponse(response.status, text);
        }
        const envelope = parseJson(text);
        if (isObject(envelope.error)) {
          throw errorFrom(envelope.error, 200);
        }
        return envelope.result as O;
      }

      /**
       * Runs the flow at `request.url`, streaming: `stream` yields its chunks as they arrive, `output` resolves with
       * its output. A failure rejects `output` and is thrown by `stream` after the chunks that came before it.
       */
      export function streamFlow<O = unknown, S = unknown, I = unknown>(request: FlowRequest<I>): FlowStream<S, O> {
        const chunks: S[] = [];
        let finished = false;
        let failure: FlowError | undefined;
        let wake: (() => void) | undefined;
        let resolveOutput: (output: O) => void = () => undefined;
        let rejectOutput: (error: FlowError) => void = () => undefined;
        const output = new Promise<O>((resolve, reject) => {
          resolveOutput = resolve;
          rejectOutput = reject;
        });
        // The failure also reaches whoever reads the stream: reading only one of the two must not be an unhandled rejection.
        output.catch(() => undefined);
        const notify = (): void => {
          const waiting = wake;
          wake = undefined;
          waiting?.();
        };

        void (async () => {
          try {
            const response = await send(request, true);
            if (response.status !== 200) {
              throw errorFromResponse(response.status, await readText(response, request.abortSignal));
            }
            if (response.body === null) {
              throw new FlowError("UNAVAILABLE", "The response has no body");
            }
            for await (const frame of frames(response.body)) {
              if ("message" in frame) {
                chunks.push(frame.message as S);
                notify();
              } else if ("result" in frame) {
                resolveOutput(frame.result as O);
                finished = true;
                notify();
                return;
              } else if (isObject(frame.error)) {
                throw errorFrom(frame.error, 0);
              } else {
                throw new FlowError("UNKNOWN", `The stream sent a frame of no known kind: ${JSON.stringify(frame)}`);
              }
            }
            throw new FlowError("UNAVAILABLE", "The stream ended before the flow's output");
          } catch (e) {
            failure = asFlowError(e, request.abortSignal);
            rejectOutput(failure);
            finished = true;
            notify();
          }
        })();

        const stream: AsyncIterable<S> = {
          async *[Symbol.asyncIterator]() {
            for (;;) {
              if (chunks.length > 0) {
                yield chunks.shift() as S;
              } else if (finished) {
                if (failure !== undefined) {
                  throw failure;
                }
                return;
              } else {
                await new Promise<void>((resolve) => {
                  wake = resolve;
                });
              }
            }
          },
        };
        return { stream, output };
      }

      async function send<I>(request: FlowRequest<I>, streaming: boolean): Promise<Response> {
        const headers: Record<string, string> = { "Content-Type": "application/json" };
        if (streaming) {
          headers["Accept"] = "text/event-stream";
        }
        try {
          return await fetch(request.url, {
            method: "POST",
            headers: { ...headers, ...request.headers },
            body: JSON.stringify({ data: request.input }),
            signal: request.abortSignal,
          });
        } catch (e) {
          throw asFlowError(e, request.abortSignal);
        }
      }

      async function readText(response: Response, signal: AbortSignal | undefined): Promise<string> {
        try {
          return await response.text();
        } catch (e) {
          throw asFlowError(e, signal);
        }
      }

      /** The frames of a server-sent-event body: `data:` lines (or `error:`, as Genkit's server writes errors) up to a blank line. */
      async function* frames(body: ReadableStream<Uint8Array>): AsyncGenerator<Record<string, unknown>> {
        const reader = body.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        try {
          for (;;) {
            const { value, done } = await reader.read();
            buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
            buffer = buffer.replace(/\\r\\n/g, "\\n");
            for (let end = buffer.indexOf("\\n\\n"); end >= 0; end = buffer.indexOf("\\n\\n")) {
              const frame = parseFrame(buffer.slice(0, end));
              buffer = buffer.slice(end + 2);
              if (frame !== undefined) {
                yield frame;
              }
            }
            if (done) {
              const last = parseFrame(buffer);
              if (last !== undefined) {
                yield last;
              }
              return;
            }
          }
        } finally {
          await reader.cancel().catch(() => undefined);
        }
      }

      function parseFrame(text: string): Record<string, unknown> | undefined {
        const data: string[] = [];
        for (const line of text.split("\\n")) {
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          if (field === "data" || field === "error") {
            const value = line.slice(colon + 1);
            data.push(value.startsWith(" ") ? value.slice(1) : value);
          }
        }
        return data.length === 0 ? undefined : parseJson(data.join("\\n"));
      }

      function parseJson(text: string): Record<string, unknown> {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (e) {
          throw new FlowError("UNKNOWN", `The service sent something other than JSON: ${text.slice(0, 200)}`, { cause: e });
        }
        if (!isObject(json)) {
          throw new FlowError("UNKNOWN", `The service sent JSON that is not an object: ${text.slice(0, 200)}`);
        }
        return json;
      }

      function errorFromResponse(httpStatus: number, text: string): FlowError {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined; // not JSON: an HTML error page from a proxy, say; its text is the message
        }
        if (isObject(json) && isObject(json.error)) {
          return errorFrom(json.error, httpStatus);
        }
        if (isObject(json) && typeof json.status === "string" && "message" in json) {
          return errorFrom(json, httpStatus);
        }
        return new FlowError(statusOf(httpStatus), text.trim() || `HTTP ${httpStatus}`, { httpStatus });
      }

      function errorFrom(error: Record<string, unknown>, httpStatus: number): FlowError {
        const status = typeof error.status === "string" && error.status !== "" ? error.status : "UNKNOWN";
        const message = typeof error.message === "string" ? error.message : "";
        return new FlowError(status, message, { httpStatus, details: error.details });
      }

      function asFlowError(e: unknown, signal: AbortSignal | undefined): FlowError {
        if (e instanceof FlowError) {
          return e;
        }
        if (signal?.aborted === true) {
          return new FlowError("CANCELLED", "The call was cancelled", { cause: e });
        }
        return new FlowError("UNAVAILABLE", `The call failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }

      /** Genkit's table of statuses and HTTP codes, read backwards. */
      function statusOf(httpStatus: number): string {
        const statuses: Record<number, string> = {
          400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND", 409: "ABORTED",
          429: "RESOURCE_EXHAUSTED", 499: "CANCELLED", 501: "UNIMPLEMENTED", 503: "UNAVAILABLE", 504: "DEADLINE_EXCEEDED",
        };
        return statuses[httpStatus] ?? (httpStatus >= 500 ? "INTERNAL" : "UNKNOWN");
      }

      function isObject(value: unknown): value is Record<string, unknown> {
        return typeof value === "object" && value !== null && !Array.isArray(value);
      }

      /** The request for the flow at `path` under the options' base URL. */
      function flowRequest<I>(path: string, options: FlowCallOptions | undefined, input?: I): FlowRequest<I> {
        const base = options?.baseUrl ?? "";
        const url = `${base.endsWith("/") ? base.slice(0, -1) : base}/${path}`;
        return { url, input, headers: options?.headers, abortSignal: options?.abortSignal };
      }
      """;
}
