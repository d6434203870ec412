// The page's one job: call imgly's removeBackground as a user of the library would, with its
// default config except publicPath (the data package served locally), and hand back the PNG blob.
import { removeBackground } from '@imgly/background-removal';

const config = { publicPath: new URL('/data/', location.href).href };

async function cut(imageUrl) {
  const image = await (await fetch(imageUrl)).blob();
  const start = performance.now();
  const result = await removeBackground(image, config);
  const ms = performance.now() - start;
  const png = new Uint8Array(await result.arrayBuffer());
  let binary = '';
  for (let i = 0; i < png.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, png.subarray(i, i + 0x8000));
  }
  return { ms, type: result.type, png: btoa(binary) };
}

function environment() {
  return {
    crossOriginIsolated: self.crossOriginIsolated,
    hardwareConcurrency: navigator.hardwareConcurrency,
    userAgent: navigator.userAgent
  };
}

window.peer = { cut, environment };
