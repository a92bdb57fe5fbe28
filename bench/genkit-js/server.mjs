// Genkit's own flow server with the benchmark's flows: the menu example's menuSuggestion (the same deterministic
// dish as Kitchen.dishFor) and streamChunks, which streams `count` chunks. Run as Genkit serves in production:
// NODE_ENV=production, no GENKIT_ENV=dev (so no reflection API), port from $PORT.
import { genkit, z } from 'genkit';
import { startFlowServer } from '@genkit-ai/express';

const ai = genkit({});

const DISHES = ['Braised Short Rib', 'Wild Mushroom Risotto', 'Seared Sea Bass', 'Roast Chicken', 'Lemon Tart'];
const STYLES = ['slow-cooked for eight hours', 'finished with brown butter', 'served with seasonal greens',
  'with a crisp herb crust', 'topped with a citrus glaze'];

// Java's String.hashCode, so the same theme picks the same dish as the Java flows.
function javaHash(text) {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  return hash;
}

function dishFor(theme) {
  const name = !theme || !theme.trim() ? 'house' : theme.trim();
  const pick = ((javaHash(name.toLowerCase()) % DISHES.length) + DISHES.length) % DISHES.length;
  const title = name.charAt(0).toUpperCase() + name.substring(1);
  return {
    dishname: `${title} ${DISHES[pick]}`,
    description: `A ${name} favourite: ${DISHES[pick].toLowerCase()}, ${STYLES[pick]}.`,
  };
}

const MenuItem = z.object({ dishname: z.string(), description: z.string() });

const menuSuggestion = ai.defineFlow(
  { name: 'menuSuggestion', inputSchema: z.object({ theme: z.string() }), outputSchema: MenuItem },
  async (input) => dishFor(input.theme),
);

const streamChunks = ai.defineFlow(
  {
    name: 'streamChunks',
    inputSchema: z.object({ count: z.number().int() }),
    outputSchema: z.object({ count: z.number().int() }),
    streamSchema: z.string(),
  },
  async (input, { sendChunk }) => {
    for (let i = 0; i < input.count; i++) sendChunk(`chunk ${i}`);
    return { count: input.count };
  },
);

startFlowServer({ flows: [menuSuggestion, streamChunks], port: parseInt(process.env.PORT || '3400', 10) });
