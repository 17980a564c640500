/**
 * Keeps the web host reachable for the desk while something floods it with connections: at most
 * `limit` open connections; when a new one would exceed that, the oldest connection that has not
 * yet shown the launch token is closed to make room. Connections that have shown the token (the
 * desk's own pages) are never evicted for a stranger, so a flood of idle, slow or refused
 * connections cannot lock the secretariat out.
 */
export interface GuardedSocket {
  destroy(): void;
  once(event: 'close', listener: () => void): unknown;
}

export interface ConnectionGuard {
  /** Call for every new connection; it may close an older untrusted one, or this one. */
  admit(socket: GuardedSocket): void;
  /** The connection carried a request with the right token. */
  trust(socket: GuardedSocket): void;
  readonly open: number;
  readonly evicted: number;
}

export function connectionGuard(limit: number): ConnectionGuard {
  // Sets iterate in insertion order: the first untrusted entry is the oldest.
  const untrusted = new Set<GuardedSocket>();
  const trusted = new Set<GuardedSocket>();
  let evicted = 0;
  return {
    admit(socket) {
      untrusted.add(socket);
      socket.once('close', () => {
        untrusted.delete(socket);
        trusted.delete(socket);
      });
      if (untrusted.size + trusted.size <= limit) return;
      const oldest = untrusted.values().next().value;
      const victim = oldest !== undefined && oldest !== socket ? oldest : socket;
      untrusted.delete(victim);
      evicted++;
      victim.destroy();
    },
    trust(socket) {
      if (!untrusted.delete(socket)) return;
      trusted.add(socket);
    },
    get open() {
      return untrusted.size + trusted.size;
    },
    get evicted() {
      return evicted;
    },
  };
}
