// Sanity check of peer mattes: mean absolute alpha error (0-1) per image against the true alpha.
//
//   node mae.mjs --peer DIR --alpha DIR
//
// Prints one line per image of DIR (alpha/<name>.png against peer/<name>.png) and the mean.
import fs from 'node:fs';
import path from 'node:path';
import { decodePng, channel } from './png.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, v, i, all) =>
  i % 2 === 0 ? [...pairs, [v.replace(/^--/, ''), all[i + 1]]] : pairs, []));
if (!args.peer || !args.alpha) {
  console.error('usage: node mae.mjs --peer DIR --alpha DIR');
  process.exit(2);
}

const rows = [];
for (const file of fs.readdirSync(args.alpha).filter(f => f.endsWith('.png')).sort()) {
  const peerFile = path.join(args.peer, file);
  if (!fs.existsSync(peerFile)) {
    console.log(`${file.padEnd(40)} (no peer matte)`);
    continue;
  }
  const truth = decodePng(fs.readFileSync(path.join(args.alpha, file)));
  const peer = decodePng(fs.readFileSync(peerFile));
  if (truth.width !== peer.width || truth.height !== peer.height) {
    throw new Error(`${file}: peer ${peer.width}x${peer.height}, truth ${truth.width}x${truth.height}`);
  }
  const t = channel(truth, 0), p = channel(peer, 0);
  let sum = 0;
  for (let i = 0; i < t.length; i++) sum += Math.abs(t[i] - p[i]);
  const mae = sum / t.length / 255;
  rows.push(mae);
  console.log(`${file.padEnd(40)} ${truth.width}x${truth.height}`.padEnd(52) + ` MAE ${mae.toFixed(4)}`);
}
if (rows.length) console.log(`${'mean'.padEnd(51)} MAE ${(rows.reduce((a, b) => a + b, 0) / rows.length).toFixed(4)} over ${rows.length} images`);
