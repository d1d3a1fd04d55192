#!/usr/bin/env node
// citeproc-js renderings for bench/render_js.py: the reference outputs refnorm is compared with.
//
//   node bench/render_js_driver.js JOB.json
//
// JOB.json: {"citeproc": DIR, "items": ITEMS.json, "locales": LOCALES_DIR, "clusters": [[cite, ...], ...],
//            "jobs": [{"style": STYLE.csl, "locale": "it-IT", "out": OUT.json, "single_html": true}, ...]}
// DIR holds node_modules/citeproc (`npm install citeproc@2` there). For each job one engine is built
// with the locale forced (new CSL.Engine(sys, style, locale, true), as render-expected was made) and
// OUT.json is written:
//   {"citeproc_js", "processor", "single": {id: [text, html]}, "single_html", "bib": {"ids", "text", "html"},
//    "clusters": {"text": [...], "html": [...]}}
// single: each item alone as a bibliography (updateItems([id]) then makeBibliography()), in HTML too
// unless single_html is false (it doubles the time);
// bib: every item registered in file order, one bibliography; clusters: with every item registered,
// makeCitationCluster() for each cluster (no positions: every cite is a first cite).
// A failure is recorded as a string starting with "!" instead of the output.
"use strict";
const fs = require("fs");
const path = require("path");

function loadLocales(dir) {
  const primary = JSON.parse(fs.readFileSync(path.join(dir, "locales.json"), "utf8"))["primary-dialects"];
  const cache = new Map();
  return (lang) => {
    let name = String(lang);
    if (!fs.existsSync(path.join(dir, `locales-${name}.xml`)) && primary[name.split("-")[0]]) {
      name = primary[name.split("-")[0]];
    }
    if (!cache.has(name)) {
      const file = path.join(dir, `locales-${name}.xml`);
      cache.set(name, fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false);
    }
    return cache.get(name);
  };
}

function entries(engine, format) {
  engine.setOutputFormat(format);
  const bib = engine.makeBibliography();
  if (!bib) return { ids: [], entries: [] };
  return { ids: bib[0].entry_ids.map((x) => String(x[0])), entries: bib[1] };
}

function failure(err) {
  return "!" + (err && err.name ? err.name : "Error") + ": " + String(err && err.message ? err.message : err).slice(0, 200);
}

function runJob(CSL, version, job, items, byId, retrieveLocale, clusters) {
  const sys = { retrieveItem: (id) => byId.get(String(id)), retrieveLocale };
  const styleXml = fs.readFileSync(job.style, "utf8");
  const engine = new CSL.Engine(sys, styleXml, job.locale, true);
  const out = { citeproc_js: version, processor: CSL.PROCESSOR_VERSION, style: job.style, locale: job.locale };
  const ids = items.map((it) => String(it.id));
  out.single = {};
  out.single_html = job.single_html !== false;
  for (const id of ids) {
    try {
      engine.updateItems([id]);
      const t = entries(engine, "text").entries;
      out.single[id] = [t.length ? t[0] : ""];
      if (out.single_html) {
        const h = entries(engine, "html").entries;
        out.single[id].push(h.length ? h[0] : "");
      }
    } catch (err) {
      out.single[id] = [failure(err), failure(err)];
    }
  }
  try {
    engine.updateItems(ids);
    const t = entries(engine, "text");
    const h = entries(engine, "html");
    out.bib = { ids: t.ids, text: t.entries, html: h.entries };
  } catch (err) {
    out.bib = { error: failure(err) };
  }
  out.clusters = { text: [], html: [] };
  for (const format of ["text", "html"]) {
    engine.setOutputFormat(format);
    for (const cluster of clusters) {
      try {
        out.clusters[format].push(engine.makeCitationCluster(cluster.map((c) => Object.assign({}, c))));
      } catch (err) {
        out.clusters[format].push(failure(err));
      }
    }
  }
  return out;
}

function main() {
  const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const pkgDir = path.join(path.resolve(job.citeproc), "node_modules", "citeproc");
  const CSL = require(pkgDir);
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")).version;
  const items = JSON.parse(fs.readFileSync(job.items, "utf8"));
  const byId = new Map(items.map((it) => [String(it.id), it]));
  const retrieveLocale = loadLocales(job.locales);
  for (const j of job.jobs) {
    let out;
    try {
      out = runJob(CSL, version, j, items, byId, retrieveLocale, job.clusters || []);
    } catch (err) {
      out = { citeproc_js: version, style: j.style, locale: j.locale, error: failure(err) };
    }
    fs.writeFileSync(j.out + ".tmp", JSON.stringify(out));
    fs.renameSync(j.out + ".tmp", j.out);
    process.stdout.write(`${path.basename(j.style)} ${j.locale}\n`);
  }
}

main();
