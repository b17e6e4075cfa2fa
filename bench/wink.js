// The wink-nlp side of bench/run: reads the same corpus that actorgraph builds (a .jsonl file
// of {"text", ...} records or a folder of .txt files), learns every alias of the gazetteer as
// a custom entity (nlp.learnCustomEntities, one entity type per gazetteer type), and runs
// wink-nlp's English pipeline (tokens, sentences, POS, named entities, custom entities) over
// every document. Prints one JSON object: documents, bytes, seconds (processing only, after
// learning), MB/s, and the entity counts, so bench/run can set it beside actorgraph.
//
//   node bench/wink.js CORPUS DATA_ROOT
'use strict';

const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

function usage() {
  process.stderr.write('usage: node bench/wink.js CORPUS(.jsonl|folder) DATA_ROOT\n');
  process.exit(2);
}

// The texts of the corpus, in the order actorgraph reads them (folders: sorted paths).
function* texts(corpus) {
  if (fs.statSync(corpus).isDirectory()) {
    const files = [];
    const walk = (dir) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.txt')) files.push(p);
      }
    };
    walk(corpus);
    files.sort();
    for (const f of files) yield fs.readFileSync(f, 'utf8');
    return;
  }
  for (const line of fs.readFileSync(corpus, 'utf8').split('\n')) {
    if (line.trim()) yield JSON.parse(line).text;
  }
}

// Every alias of the gazetteer (names, capitals, people nouns; all languages) per type.
// Characters that wink's pattern syntax gives a meaning ([ ] |) are dropped.
function aliases(root) {
  const dir = path.join(root, 'data', 'gazetteer');
  const byType = new Map();
  let n = 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    for (const e of JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).entities) {
      if (!byType.has(e.type)) byType.set(e.type, new Set());
      const set = byType.get(e.type);
      for (const field of ['names', 'capitals', 'people']) {
        for (const list of Object.values(e[field] || {})) {
          for (const a of list) {
            const p = a.replace(/[[\]|]/g, ' ').trim();
            if (p && !set.has(p)) {
              set.add(p);
              n += 1;
            }
          }
        }
      }
    }
  }
  return { patterns: [...byType].map(([name, set]) => ({ name, patterns: [...set] })), count: n };
}

function main() {
  const [corpus, root] = process.argv.slice(2);
  if (!corpus || !root) usage();
  const nlp = winkNLP(model);
  const learnStart = process.hrtime.bigint();
  const { patterns, count } = aliases(root);
  nlp.learnCustomEntities(patterns, { matchValue: false, usePOS: false, useEntity: false });
  const learnSeconds = Number(process.hrtime.bigint() - learnStart) / 1e9;

  let documents = 0;
  let bytes = 0;
  let custom = 0;
  let entities = 0;
  let sentences = 0;
  const start = process.hrtime.bigint();
  for (const text of texts(corpus)) {
    const doc = nlp.readDoc(text);
    sentences += doc.sentences().length();
    entities += doc.entities().length();
    custom += doc.customEntities().length();
    documents += 1;
    bytes += Buffer.byteLength(text, 'utf8');
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(
    `${JSON.stringify({
      documents,
      bytes,
      seconds,
      mb_per_s: bytes / 1e6 / seconds,
      docs_per_s: documents / seconds,
      learn_seconds: learnSeconds,
      aliases: count,
      sentences,
      entities,
      custom_entities: custom,
    })}\n`,
  );
}

main();
