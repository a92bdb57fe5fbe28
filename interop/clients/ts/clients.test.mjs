// The TypeScript client the processor generated for InteropFlows, compiled by tsc --strict, against Flowdef's Java
// server (FLOWDEF_URL, started by ClientTestServer): plain, streaming, error, abort. Also: no `any` in its exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createClient, echo, streamCountdown, streamSlowCount, fail, FlowError } from './build/interop-flows-client.js';

const baseUrl = process.env.FLOWDEF_URL;
assert.ok(baseUrl, 'FLOWDEF_URL must name the Java server');

test('exports no any in its declarations', () => {
  const declarations = readFileSync(new URL('./build/interop-flows-client.d.ts', import.meta.url), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '') // doc comments are prose, where "any" is a word
    .replace(/\/\/.*$/gm, '');
  assert.doesNotMatch(declarations, /\bany\b/);
  assert.match(declarations, /export declare function echo\(input: EchoInput, options\?: FlowCallOptions\): Promise<EchoOutput>/);
});

test('runs a flow and returns its typed output', async () => {
  assert.deepEqual(await echo({ text: 'héllo 🌍' }, { baseUrl }), { text: 'héllo 🌍', length: 8 });
});

test('a client binds its base URL and headers', async () => {
  const client = createClient({ baseUrl, headers: { 'X-Test': 'yes' } });
  assert.deepEqual(await client.echo({ text: 'hi' }), { text: 'hi', length: 2 });
});

test('streams chunks in order, then the output', async () => {
  const { stream, output } = streamCountdown({ n: 3 }, { baseUrl });
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  assert.deepEqual(chunks, [{ i: 0 }, { i: 1 }, { i: 2 }]);
  assert.deepEqual(await output, { done: true, count: 3 });
});

test('a failed flow rejects with a FlowError carrying status, message and details', async () => {
  await assert.rejects(fail({ kind: 'genkit' }, { baseUrl }), (error) => {
    assert.ok(error instanceof FlowError);
    assert.equal(error.status, 'FAILED_PRECONDITION');
    assert.equal(error.serverMessage, 'fail flow always fails');
    assert.equal(error.httpStatus, 400);
    assert.deepEqual(error.details, { hint: 'by design' });
    return true;
  });
});

test('invalid input is an INVALID_ARGUMENT FlowError with the violations', async () => {
  await assert.rejects(echo({ text: 42 }, { baseUrl }), (error) => {
    assert.equal(error.status, 'INVALID_ARGUMENT');
    assert.ok(Array.isArray(error.details.errors) && error.details.errors.length > 0);
    return true;
  });
});

test('aborting a stream cancels the call: the stream and the output end with CANCELLED', async () => {
  const controller = new AbortController();
  const { stream, output } = streamSlowCount({ n: 10000 }, { baseUrl, abortSignal: controller.signal });
  const chunks = [];
  await assert.rejects(
    (async () => {
      for await (const chunk of stream) {
        chunks.push(chunk);
        if (chunks.length === 3) controller.abort();
      }
    })(),
    (error) => error instanceof FlowError && error.status === 'CANCELLED',
  );
  await assert.rejects(output, (error) => error instanceof FlowError && error.status === 'CANCELLED');
  assert.ok(chunks.length >= 3 && chunks.length < 10000);
});
