// Genkit's own web client against a Flowdef server: run by `mvn verify` through dev.flowdef.interop.InteropServer,
// which starts the servers and passes their URLs in FLOWDEF_URL and FLOWDEF_SECURED_URL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runFlow, streamFlow } from 'genkit/beta/client';

const open = process.env.FLOWDEF_URL;
const secured = process.env.FLOWDEF_SECURED_URL;
const apiKey = process.env.FLOWDEF_API_KEY;
assert.ok(open && secured && apiKey, 'run me through InteropServer, which sets FLOWDEF_URL and FLOWDEF_SECURED_URL');

const BISTRO_DISH = {
  dishname: 'Bistro Roast Chicken',
  description: 'A bistro favourite: roast chicken, with a crisp herb crust.',
};

/** The status and body of runFlow's "Server returned: <code>: <body>" error. */
function serverError(error) {
  const match = /^Server returned: (\d+): (.*)$/s.exec(error.message);
  assert.ok(match, `not a server error: ${error.message}`);
  return { code: Number(match[1]), body: JSON.parse(match[2]) };
}

test('runFlow returns the output of a flow', async () => {
  const output = await runFlow({ url: `${open}menuSuggestion`, input: { theme: 'bistro' } });

  assert.deepEqual(output, BISTRO_DISH);
});

test('streamFlow yields every chunk in order, then the output', async () => {
  const { stream, output } = streamFlow({ url: `${open}menuStream`, input: { theme: 'bistro' } });
  const chunks = [];
  for await (const chunk of stream) {
    chunks.push(chunk);
  }

  const result = await output;
  assert.deepEqual(result, { theme: 'bistro', menuItem: BISTRO_DISH });
  assert.ok(chunks.length > 5, `word by word: ${JSON.stringify(chunks)}`);
  assert.equal(chunks.join(''), `${BISTRO_DISH.dishname}: ${BISTRO_DISH.description}`);
});

test('runFlow rejects with the status error a flow throws', async () => {
  await assert.rejects(runFlow({ url: `${open}closedKitchen`, input: 'soup' }), (error) => {
    const { code, body } = serverError(error);
    assert.equal(code, 400);
    assert.deepEqual(body, {
      error: { status: 'FAILED_PRECONDITION', message: 'The kitchen is closed', details: { opensAt: '18:00' } },
    });
    return true;
  });
});

test('streamFlow rejects its output and its stream with the status error a flow throws', async () => {
  const { stream, output } = streamFlow({ url: `${open}closedKitchen`, input: 'soup' });

  await assert.rejects(async () => {
    for await (const chunk of stream) {
      assert.fail(`no chunk expected, got ${JSON.stringify(chunk)}`);
    }
  }, /FAILED_PRECONDITION: The kitchen is closed/);
  await assert.rejects(output, /^Error: FAILED_PRECONDITION: The kitchen is closed/);
});

test('the API-key provider rejects a call without the key', async () => {
  await assert.rejects(runFlow({ url: `${secured}menuSuggestion`, input: { theme: 'bistro' } }), (error) => {
    assert.deepEqual(serverError(error), {
      code: 401,
      body: { error: { status: 'UNAUTHENTICATED', message: 'Unauthenticated' } },
    });
    return true;
  });
});

test('the API-key provider rejects a call with a wrong key', async () => {
  const call = runFlow({
    url: `${secured}menuSuggestion`,
    input: { theme: 'bistro' },
    headers: { Authorization: `${apiKey}-wrong` },
  });

  await assert.rejects(call, (error) => {
    assert.equal(serverError(error).code, 403);
    return true;
  });
});

test('the API-key provider accepts a call with the key, plain or streamed', async () => {
  const headers = { Authorization: apiKey };

  assert.deepEqual(
    await runFlow({ url: `${secured}menuSuggestion`, input: { theme: 'bistro' }, headers }),
    BISTRO_DISH,
  );
  const { stream, output } = streamFlow({ url: `${secured}menuStream`, input: { theme: 'bistro' }, headers });
  const chunks = [];
  for await (const chunk of stream) {
    chunks.push(chunk);
  }
  assert.equal((await output).menuItem.dishname, BISTRO_DISH.dishname);
  assert.ok(chunks.length > 5);
});
