// JS and HTML a browser downloads for a few student pages, gzip-compressed, module scripts only (the nomodule
// polyfill is skipped by every current browser). Start a production server first, then:
//   BASE=http://127.0.0.1:3000 node scripts/page-weight.mjs
const base = process.env.BASE ?? 'http://127.0.0.1:3000';
for (const path of ['/', '/quiz/paktika-practice', '/quiz/paktika-practice/play', '/join']) {
  const html = await (await fetch(base + path, { headers: { 'accept-encoding': 'gzip' } })).text();
  const srcs = [...html.matchAll(/<script(?![^>]*noModule)[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  let js = 0, raw = 0;
  for (const src of new Set(srcs)) {
    const res = await fetch(base + src, { headers: { 'accept-encoding': 'gzip' }, decompress: false });
    const buf = Buffer.from(await res.arrayBuffer());
    raw += buf.length;
    const zlib = await import('node:zlib');
    js += zlib.gzipSync(buf, { level: 6 }).length;
  }
  const zlib = await import('node:zlib');
  console.log(path, 'scripts', new Set(srcs).size, 'JS raw', raw, 'JS gzip', js, 'HTML raw', html.length, 'HTML gzip', zlib.gzipSync(html).length);
}
