// Raw bytes to a server on loopback, as a hostile client sends them: requests no HTTP client
// would build, and WebSocket frames no WebSocket library would send (unmasked, reserved
// opcodes, lengths that lie). Every exchange is bounded in time.
import { connect, type Socket } from 'node:net';

/** What came back: the bytes the server sent and whether it closed the connection. */
export interface Exchange {
  text: string;
  closed: boolean;
}

/**
 * Opens a TCP connection from `from` to `to:port`, writes `chunks` one after the other (each
 * `gapMs` apart), and collects the answer until the server closes, `until` matches what came
 * back, or `timeoutMs` pass; then closes its end (half-sent requests thus end here).
 */
export function exchange(
  options: { from: string; to: string; port: number; chunks: readonly (string | Buffer)[]; timeoutMs?: number; gapMs?: number; until?: (text: string) => boolean },
): Promise<Exchange> {
  return new Promise((done) => {
    const socket: Socket = connect({ host: options.to, port: options.port, localAddress: options.from });
    let text = '';
    let finished = false;
    const finish = (closed: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      done({ text, closed });
    };
    const timer = setTimeout(() => finish(false), options.timeoutMs ?? 1_000);
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('data', (data: Buffer) => {
      text += data.toString('latin1');
      if (options.until?.(text)) finish(false);
    });
    socket.once('connect', () => {
      const chunks = [...options.chunks];
      const next = () => {
        const chunk = chunks.shift();
        if (chunk === undefined || finished || socket.destroyed) return;
        socket.write(chunk);
        if (chunks.length > 0) setTimeout(next, options.gapMs ?? 0);
      };
      next();
    });
  });
}

/** A WebSocket upgrade request for `target`, with the headers given added (or replacing the usual ones). */
export function upgradeRequest(target: string, host: string, headers: Record<string, string> = {}): string {
  const all: Record<string, string> = {
    Host: host,
    Upgrade: 'websocket',
    Connection: 'Upgrade',
    'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
    'Sec-WebSocket-Version': '13',
    Origin: `http://${host}`,
    ...headers,
  };
  return `GET ${target} HTTP/1.1\r\n${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n`;
}

/** A WebSocket frame: `opcode`, FIN bit, masked or not, with `payload`; `claimedLength` lets the header lie about its size. */
export function frame(options: { opcode: number; payload: Buffer; fin?: boolean; masked?: boolean; rsv?: number; claimedLength?: number }): Buffer {
  const { opcode, payload } = options;
  const length = options.claimedLength ?? payload.length;
  const masked = options.masked ?? true;
  const first = ((options.fin ?? true) ? 0x80 : 0) | ((options.rsv ?? 0) << 4) | (opcode & 0x0f);
  let header: Buffer;
  if (length < 126) header = Buffer.from([first, (masked ? 0x80 : 0) | length]);
  else if (length < 65536) {
    header = Buffer.alloc(4);
    header.writeUInt8(first, 0);
    header.writeUInt8((masked ? 0x80 : 0) | 126, 1);
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(first, 0);
    header.writeUInt8((masked ? 0x80 : 0) | 127, 1);
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  if (!masked) return Buffer.concat([header, payload]);
  const key = Buffer.from([0x12, 0x34, 0x56, 0x78]);
  const body = Buffer.from(payload.map((byte, i) => byte ^ (key[i % 4] ?? 0)));
  return Buffer.concat([header, key, body]);
}
