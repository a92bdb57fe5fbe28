// A Node script calling the menu service: node build/menu-script.js [baseUrl] [theme]
import { createClient, FlowError } from "./generated/menu-client.js";

declare const process: { argv: string[]; stdout: { write(text: string): void }; exitCode?: number };

const [baseUrl = "http://localhost:3400", theme = "bistro"] = process.argv.slice(2);
const menu = createClient({ baseUrl });

try {
  const dish = await menu.menuSuggestion({ theme });
  process.stdout.write(`Tonight: ${dish.dishname}\n`);
  const { stream, output } = menu.streamMenuStream({ theme });
  process.stdout.write("Described: ");
  for await (const word of stream) {
    process.stdout.write(word);
  }
  process.stdout.write(`\n(for the ${(await output).theme} theme)\n`);
} catch (e) {
  process.stdout.write(e instanceof FlowError ? `The menu service failed: ${e.status}: ${e.serverMessage}\n` : `${e}\n`);
  process.exitCode = 1;
}
