// peer.js: time a JavaScript NLP library on the same articles as claimgraph.
//
//   node peer.js compromise|wink LISTFILE [COUNTS.tsv]
//
// LISTFILE holds one article path per line.  Every file is read first, so
// the clock covers only the library's own work: for compromise, nlp(text)
// then .sentences() and .quotations(); for wink-nlp, readDoc(text) then
// .sentences() (wink-nlp has no quotation finder, so its quote count is
// reported as -1).  Per-file counts go to COUNTS.tsv (path, bytes,
// sentences, quotes) so run.sh can compare them with claimgraph's; one
// summary line goes to stdout:
//   peer=NAME articles=N bytes=B seconds=S cpu_seconds=C mbps=X aps=Y wall_mbps=W sentences=T quotes=Q
// where mbps and aps are per CPU second (user + system, all of node's
// threads), as cg-bench reports claimgraph's stages.
'use strict';

const fs = require('fs');

function loadTool(name) {
  if (name === 'compromise') {
    const nlp = require('compromise');
    return (text) => {
      const doc = nlp(text);
      return [doc.sentences().length, doc.quotations().length];
    };
  }
  if (name === 'wink') {
    const winkNLP = require('wink-nlp');
    const model = require('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    return (text) => {
      const doc = nlp.readDoc(text);
      return [doc.sentences().length(), -1];
    };
  }
  throw new Error(`unknown peer ${name}: use compromise or wink`);
}

function main() {
  const [name, listFile, countsFile] = process.argv.slice(2);
  if (!name || !listFile) {
    process.stderr.write('usage: node peer.js compromise|wink LISTFILE [COUNTS.tsv]\n');
    process.exit(2);
  }
  const run = loadTool(name);
  const paths = fs.readFileSync(listFile, 'utf8').split('\n').filter((p) => p.length > 0);
  const texts = paths.map((p) => fs.readFileSync(p, 'utf8'));
  let bytes = 0;
  for (const p of paths) bytes += fs.statSync(p).size;

  const rows = [];
  let sentences = 0;
  let quotes = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < texts.length; i++) {
    const [s, q] = run(texts[i]);
    sentences += s;
    quotes += q;
    rows.push(`${paths[i]}\t${Buffer.byteLength(texts[i])}\t${s}\t${q}`);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const used = process.cpuUsage(c0);
  const cpu = (used.user + used.system) / 1e6;
  if (countsFile) fs.writeFileSync(countsFile, rows.join('\n') + '\n');
  const mbps = bytes / 1e6 / cpu;
  const aps = texts.length / cpu;
  process.stdout.write(`peer=${name} articles=${texts.length} bytes=${bytes} seconds=${seconds.toFixed(3)} ` +
    `cpu_seconds=${cpu.toFixed(3)} mbps=${mbps.toFixed(3)} aps=${aps.toFixed(1)} ` +
    `wall_mbps=${(bytes / 1e6 / seconds).toFixed(3)} sentences=${sentences} ` +
    `quotes=${name === 'wink' ? -1 : quotes}\n`);
}

main();
