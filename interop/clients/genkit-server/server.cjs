// Genkit's own flow server (Express), serving the interop flows on $PORT. CommonJS on purpose: @genkit-ai/express
// is CommonJS, and an ES-module import of genkit would load a second copy whose GenkitError the server does not
// recognise (every error would then be masked as INTERNAL).
const { genkit, z, GenkitError } = require('genkit');
const { startFlowServer } = require('@genkit-ai/express');

const ai = genkit({});

const echo = ai.defineFlow(
  { name: 'echo', inputSchema: z.object({ text: z.string() }), outputSchema: z.object({ text: z.string(), length: z.number() }) },
  async (input) => ({ text: input.text, length: input.text.length }),
);

const countdown = ai.defineFlow(
  {
    name: 'countdown',
    inputSchema: z.object({ n: z.number() }),
    streamSchema: z.object({ i: z.number() }),
    outputSchema: z.object({ done: z.boolean(), count: z.number() }),
  },
  async (input, { sendChunk }) => {
    for (let i = 0; i < input.n; i++) sendChunk({ i });
    return { done: true, count: input.n };
  },
);

const fail = ai.defineFlow(
  { name: 'fail', inputSchema: z.object({ kind: z.string() }), outputSchema: z.string() },
  async () => {
    throw new GenkitError({ status: 'FAILED_PRECONDITION', message: 'fail flow always fails', detail: { hint: 'by design' } });
  },
);

const failStream = ai.defineFlow(
  { name: 'failStream', inputSchema: z.object({ n: z.number() }), streamSchema: z.object({ i: z.number() }) },
  async (input, { sendChunk }) => {
    for (let i = 0; i < input.n; i++) sendChunk({ i });
    throw new GenkitError({ status: 'INTERNAL', message: 'boom after chunks' });
  },
);

startFlowServer({ flows: [echo, countdown, fail, failStream], port: Number(process.env.PORT) });
