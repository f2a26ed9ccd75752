// An IPv4 address in a form a browser resolves but a dotted-quad pattern misses: one decimal number
// (`http://134744072/`), hex (`0x8080808`), octal or dotted hex and octal (`0x8.0x8.0x8.0x8`, `010.010.004.004`).
// The WHATWG URL parser, which browsers use, decides what a host is: nothing is parsed by hand here.

// A URL's authority after `//` (with a scheme or protocol-relative): the parser reads its host.
const AUTHORITY = /(?<![\w.+-])(?:[a-z][a-z\d+.-]*:)?\/\/([^\s/?#\\<>"'`[\]()]+)/gi;
// Four dotted parts of digits or hex in prose, with a leading zero or a hex part somewhere (a plain dotted quad is
// the IPV4 pattern's): a browser reads `010.010.004.004` as 8.8.4.4.
const DOTTED = /(?<![\w.])(?:0x[\da-f]+|\d+)(?:\.(?:0x[\da-f]+|\d+)){3}(?![\w.]|\.\w)/gi;
const UNUSUAL = /(?:^|\.)(?:0x|0\d)/i;
const QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The dotted quad a host stands for, when a URL parser reads it as an IPv4 address. */
function ipv4Host(host: string): string | undefined {
  try {
    const { hostname } = new URL(`http://${host}/`);
    return QUAD.test(hostname) ? hostname : undefined;
  } catch {
    return undefined;
  }
}

/** IPv4 addresses written in a form other than the dotted quad, in a run: where each starts, as written, and the address a browser reads. */
export function ipForms(text: string): { index: number; written: string; address: string }[] {
  const found: { index: number; written: string; address: string }[] = [];
  for (const match of text.matchAll(AUTHORITY)) {
    const authority = match[1] ?? '';
    // Credentials before `@` and a port after the last `:` are not the host.
    const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
    const address = ipv4Host(host);
    if (address && address !== host)
      found.push({ index: match.index + match[0].lastIndexOf(host), written: host, address });
  }
  for (const match of text.matchAll(DOTTED)) {
    if (!UNUSUAL.test(match[0])) continue;
    const address = ipv4Host(match[0]);
    if (address && !found.some((f) => f.index === match.index))
      found.push({ index: match.index, written: match[0], address });
  }
  return found.sort((a, b) => a.index - b.index);
}
