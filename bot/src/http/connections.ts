/**
 * Which connections the server keeps when clients pile up. A fixed cap that
 * refuses new connections (Node's `server.maxConnections`) is filled by anyone
 * who opens sockets and sends nothing: with 2,000 idle sockets, 0 of 54 signed
 * commands got through. Instead, past `maxConnections` every new connection
 * closes the connection that has been idle longest: one that never sent a
 * request, or a keep-alive one between requests. A connection with a request
 * in progress is never closed for room (the request timeout bounds it).
 * Slack opens a connection and sends its request at once, so its connection is
 * the newest idle one for the few milliseconds before it becomes busy, and
 * an attacker would have to open `maxConnections` more in that time to push it out.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Where shedding starts by default: 2,048 connections, headroom over the idle
 * floods seen (600–2,000 sockets) so they cost no churn, but never more than
 * three quarters of the process's open-file limit (each socket is a file; at
 * that limit new connections could not even be accepted to make room).
 * Linux reports the limit in /proc/self/limits (Node has already raised the
 * soft limit to the hard one); elsewhere 1,024.
 */
export function defaultMaxConnections(limits = '/proc/self/limits'): number {
  const PREFERRED = 2_048;
  try {
    const line = readFileSync(limits, 'utf8')
      .split('\n')
      .find((text) => text.startsWith('Max open files'));
    const soft = Number(line?.split(/\s{2,}/)[1]);
    if (line?.split(/\s{2,}/)[1] === 'unlimited') return PREFERRED;
    return Number.isFinite(soft) && soft > 0 ? Math.min(PREFERRED, Math.floor(soft * 0.75)) : 1_024;
  } catch {
    return 1_024;
  }
}

export interface ConnectionStats {
  /** Connections open now. */
  readonly open: number;
  /** Idle connections closed to make room, since start. */
  readonly shed: number;
}

export function shedOldestIdle(server: Server, maxConnections: number): ConnectionStats {
  const open = new Set<Socket>();
  // Sets iterate in insertion order: the first idle socket is the one idle longest.
  const idle = new Set<Socket>();
  let shed = 0;
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    idle.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      idle.delete(socket);
    });
    for (const oldest of idle) {
      if (open.size <= maxConnections || oldest === socket) break;
      idle.delete(oldest);
      open.delete(oldest);
      oldest.destroy();
      shed += 1;
    }
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    idle.delete(socket);
    response.once('close', () => {
      // Idle again from now: it goes to the back of the line.
      if (!socket.destroyed && open.has(socket)) idle.add(socket);
    });
  });
  return {
    get open() {
      return open.size;
    },
    get shed() {
      return shed;
    },
  };
}
