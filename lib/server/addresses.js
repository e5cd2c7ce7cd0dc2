// @ts-check
// What the server prints when it starts: where it really listens, and the address students should open. A join link
// or QR code that says "localhost" points at the student's own phone, so when BETTER_AUTH_URL is unset or local the
// teacher is told so, with this machine's own network addresses to use instead.

const LOCAL_HOSTS = /^(localhost|127(\.\d+){3}|\[::1\]|::1|0\.0\.0\.0|\[::\])$/i;

/** @param {string} host */
const isLocal = (host) => LOCAL_HOSTS.test(host);

/** @param {string} address */
const hostForUrl = (address) => (address.includes(':') ? `[${address}]` : address);

/**
 * This machine's addresses other devices could reach: IPv4 first, no loopback, no link-local IPv6.
 * @param {NodeJS.Dict<import('node:os').NetworkInterfaceInfo[]>} interfaces os.networkInterfaces()
 */
function networkAddresses(interfaces) {
  const all = Object.values(interfaces).flatMap((list) => list ?? []);
  const usable = all.filter((i) => !i.internal && !(i.family === 'IPv6' && /^fe80:/i.test(i.address)));
  return [...usable.filter((i) => i.family === 'IPv4'), ...usable.filter((i) => i.family === 'IPv6')].map((i) => i.address);
}

/**
 * @param {{ bound: { address: string, port: number }, appUrl: string | undefined, interfaces: NodeJS.Dict<import('node:os').NetworkInterfaceInfo[]> }} input
 *   bound: server.address(); appUrl: BETTER_AUTH_URL as set (undefined when unset)
 * @returns {string[]} the lines to print
 */
function describeAddresses({ bound, appUrl, interfaces }) {
  const { port } = bound;
  const everywhere = bound.address === '0.0.0.0' || bound.address === '::';
  const lan = everywhere ? networkAddresses(interfaces).map((a) => `http://${hostForUrl(a)}:${port}`) : [];
  const lines = [`▲ Claimcheck is listening on http://${everywhere ? 'localhost' : hostForUrl(bound.address)}:${port}${everywhere ? ' (every network interface)' : ''}`];
  let appHost = '';
  try {
    appHost = appUrl ? new URL(appUrl).hostname : '';
  } catch {
    appHost = '';
  }
  if (appUrl && !isLocal(appHost)) {
    lines.push(`  Students open: ${appUrl.replace(/\/+$/, '')}/join`);
    return lines;
  }
  lines.push(
    appUrl
      ? `  BETTER_AUTH_URL is ${appUrl}: join links and QR codes point at this computer itself, so phones on the classroom network cannot reach them.`
      : '  BETTER_AUTH_URL is not set: join links use the address your browser opened, and "localhost" points at each phone itself, so phones on the classroom network cannot reach it.',
  );
  if (!everywhere && isLocal(bound.address)) {
    lines.push(`  This server only listens on ${bound.address}: start it without -H (or with -H 0.0.0.0) for other devices to reach it.`);
  }
  if (lan.length > 0) {
    lines.push(`  Students open: ${lan[0]}/join   (this machine on the network${lan.length > 1 ? `; also ${lan.slice(1).join(', ')}` : ''})`);
    lines.push(`  To make join links and QR codes use it: BETTER_AUTH_URL=${lan[0]} npm start   (or set it in .env)`);
  } else {
    lines.push('  Set BETTER_AUTH_URL to the address phones reach this machine at, e.g. BETTER_AUTH_URL=http://192.168.1.20:3000 npm start');
  }
  return lines;
}

module.exports = { describeAddresses, networkAddresses };
