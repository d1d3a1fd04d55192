#!/usr/bin/env node
// citeproc-js rendering speed on the same items and style files as bench/render_speed.py.
//
//   node bench/citeproc_js_speed.js --citeproc DIR --style STYLE.csl --locale locales-en-US.xml \
//        --items items.json [--repeat 5] [--dump]
//
// DIR is the folder holding node_modules/citeproc (e.g. after `npm install citeproc@2` there).
// The engine is built once and a bibliography rendered once untimed (style parsed once, as
// refnorm's cached style). Each timed round then clears the registry (untimed), registers all
// items with updateItems(ids) and calls makeBibliography() with plain-text output; the best CPU
// time (process.cpuUsage, user + system) and best wall time over the rounds are printed as JSON
// {style, items, entries, chars, cpu_s, wall_s, citeproc_js}. --dump adds the entries themselves.
"use strict";
const fs = require("fs");
const path = require("path");

function parseArgs(argv) {
  const args = { repeat: 5, dump: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dump") args.dump = true;
    else if (a.startsWith("--")) args[a.slice(2)] = argv[++i];
  }
  for (const k of ["citeproc", "style", "locale", "items"]) {
    if (!args[k]) throw new Error(`missing --${k}`);
  }
  args.repeat = parseInt(args.repeat, 10);
  return args;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const pkgDir = path.join(path.resolve(args.citeproc), "node_modules", "citeproc");
  const CSL = require(pkgDir);
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")).version;
  const styleXml = fs.readFileSync(args.style, "utf8");
  const localeXml = fs.readFileSync(args.locale, "utf8");
  const items = JSON.parse(fs.readFileSync(args.items, "utf8"));
  const byId = new Map(items.map((it) => [String(it.id), it]));
  const ids = items.map((it) => String(it.id));
  const sys = {
    retrieveItem: (id) => byId.get(String(id)),
    retrieveLocale: () => localeXml, // en-US only, as refnorm's measurement
  };
  const engine = new CSL.Engine(sys, styleXml, "en-US", true);
  engine.setOutputFormat("text");
  const render = () => {
    engine.updateItems(ids);
    return engine.makeBibliography();
  };
  let bib = render(); // warm-up (JIT, locale and style already parsed)
  let cpu = Infinity;
  let wall = Infinity;
  for (let r = 0; r < args.repeat; r++) {
    engine.updateItems([]); // clear the registry so each round registers every item again
    const c0 = process.cpuUsage();
    const w0 = process.hrtime.bigint();
    bib = render();
    const w = Number(process.hrtime.bigint() - w0) / 1e9;
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1e6);
    wall = Math.min(wall, w);
  }
  const entries = bib[1].map((e) => e.replace(/\n$/, ""));
  const out = {
    style: path.basename(args.style),
    items: ids.length,
    entries: entries.length,
    chars: entries.reduce((n, e) => n + e.length, 0),
    cpu_s: cpu,
    wall_s: wall,
    citeproc_js: version,
  };
  if (args.dump) out.dump = entries;
  process.stdout.write(JSON.stringify(out) + "\n");
}

main();
