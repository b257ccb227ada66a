// Runs Mozilla Readability over the extraction gold set and writes a results file in the format
// dongtai's bench-extraction command scores (see cn.gidi.dongtai.extract.gold.Results).
//
//   node bench/readability/run.mjs [--decoded] PAGES.json OUT.json
//
// PAGES.json is written by `dongtai bench-extraction --pages`. Each page is given to jsdom as raw bytes
// with its URL, so the charset is settled as a browser settles it (BOM, <meta charset>, else
// windows-1252). With --decoded the page is first decoded in the charset dongtai's PageDecoder chose
// (the "charset" field), which leaves Readability only the extraction to do. Readability runs with its
// default options. Fields: title <- article.title, date <- article.publishedTime, issuer <- article.byline,
// body <- article.textContent; for list pages, links <- the <a href> of article.content (no dates).
// Timing: one warm-up pass, then BENCH_PASSES (default 3) timed passes; the fastest counts.
import { readFileSync, writeFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const args = process.argv.slice(2);
const decoded = args[0] === "--decoded";
const [pagesFile, outFile] = decoded ? args.slice(1) : args;
if (!pagesFile || !outFile) {
  console.error("usage: node run.mjs [--decoded] PAGES.json OUT.json");
  process.exit(2);
}
const tool = decoded ? "readability-decoded" : "readability";

const pages = JSON.parse(readFileSync(pagesFile, "utf8"));
const quiet = new VirtualConsole(); // pages' own CSS and script errors are not ours to report

function extract(page, bytes) {
  const dom = new JSDOM(bytes, { url: page.url, virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  if (!article) {
    return { id: page.id, error: "Readability found no article" };
  }
  const result = {
    id: page.id,
    title: article.title ?? null,
    date: article.publishedTime ?? null,
    issuer: article.byline ?? null,
    body: article.textContent ?? null,
    links: [],
    error: null,
  };
  if (page.list && article.content) {
    const content = new JSDOM(article.content, { url: page.url, virtualConsole: quiet }).window.document;
    for (const a of content.querySelectorAll("a[href]")) {
      result.links.push({ title: a.textContent.trim(), url: a.href, date: null });
    }
  }
  dom.window.close();
  return result;
}

const inputs = pages.map((p) => {
  const bytes = readFileSync(p.file);
  return decoded ? new TextDecoder(p.charset).decode(bytes) : bytes;
});

function runAll() {
  return pages.map((p, i) => {
    try {
      return extract(p, inputs[i]);
    } catch (e) {
      return { id: p.id, error: `${e.name}: ${e.message}` };
    }
  });
}

let results = runAll(); // warm-up
const passes = Number(process.env.BENCH_PASSES ?? 3);
let best = 0;
for (let pass = 0; pass < passes; pass++) {
  const start = process.hrtime.bigint();
  results = runAll();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  best = pass === 0 ? seconds : Math.min(best, seconds);
}

writeFileSync(outFile, JSON.stringify({ tool, seconds: best, pages: pages.length, results }, null, 1));
console.log(`${tool}: ${pages.length} pages, fastest pass ${best.toFixed(2)} s -> ${outFile}`);
