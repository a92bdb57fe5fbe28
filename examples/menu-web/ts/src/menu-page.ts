// The web page's script: streams the menuStream flow's words into the page as they arrive.
import { createClient, FlowError } from "./generated/menu-client.js";

const params = new URLSearchParams(window.location.search);
const menu = createClient({ baseUrl: params.get("server") ?? "" });
const description = document.getElementById("description") as HTMLElement;
const status = document.getElementById("status") as HTMLElement;

async function suggest(theme: string): Promise<void> {
  description.textContent = "";
  status.textContent = "streaming";
  try {
    const { stream, output } = menu.streamMenuStream({ theme });
    for await (const word of stream) {
      description.textContent += word;
    }
    status.textContent = `done: ${(await output).menuItem.dishname}`;
  } catch (e) {
    status.textContent = e instanceof FlowError ? `failed: ${e.status}` : `failed: ${String(e)}`;
  }
}

const form = document.getElementById("ask") as HTMLFormElement;
const theme = document.getElementById("theme") as HTMLInputElement;
form.addEventListener("submit", (event) => {
  event.preventDefault();
  void suggest(theme.value);
});
void suggest(params.get("theme") ?? theme.value);
