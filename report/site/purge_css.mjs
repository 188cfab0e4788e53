// Remove the CSS rules no page can match (PurgeCSS, from node_modules; no network).
// Reads its options as JSON on stdin (see report/site/stylesheet.py), prints the purged CSS.
import { PurgeCSS } from "purgecss";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const options = JSON.parse(input);
const [result] = await new PurgeCSS().purge({
  css: [options.css],
  content: [options.content],
  dynamicAttributes: options.dynamicAttributes,
  safelist: { standard: options.safelist.map((pattern) => new RegExp(pattern)) },
  fontFace: false,
  keyframes: false,
  variables: options.variables ?? false,
});
process.stdout.write(result.css);
