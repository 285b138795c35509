// minhash-lsh.js - the peer of `vigie copies update` in scripts/bench-copies.sh:
// the npm package minhash (0.0.9), a MinHash + LSH index in JavaScript, on
// the same texts, with the settings of the reference point
// (datasketch): character 5-grams of the lower-cased text, 128
// permutations, LSH for a Jaccard threshold of 0.8 (16 bands of 8 rows:
// a pair at 0.8 collides with probability 0.98).  Each text is inserted,
// then queried (the package's query fails on a key never inserted); the
// candidates other than itself are counted.  No verification: this is
// signatures and candidate search only, what vigie does before it checks
// every pair.
//
//   node minhash-lsh.js TEXTS.jsonl      (one JSON string per line)
//
// Prints one JSON line: docs, candidates, seconds.
'use strict';
const fs = require('fs');
const readline = require('readline');
const { Minhash, LshIndex } = require('minhash');

async function main() {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: node minhash-lsh.js TEXTS.jsonl');
    process.exit(2);
  }
  const index = new LshIndex({ bandSize: 8 });
  const lines = readline.createInterface({ input: fs.createReadStream(path) });
  const t0 = process.hrtime.bigint();
  let docs = 0, candidates = 0;
  for await (const line of lines) {
    if (!line) continue;
    const text = JSON.parse(line).toLowerCase();
    const m = new Minhash({ numPerm: 128 });
    if (text.length < 5) {
      m.update(text);
    } else {
      for (let i = 0; i + 5 <= text.length; i++) m.update(text.substring(i, i + 5));
    }
    const key = String(docs);
    index.insert(key, m);
    candidates += index.query(m).length - 1;
    docs++;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({ docs, candidates, seconds }));
}

main();
