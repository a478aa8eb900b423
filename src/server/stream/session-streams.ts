/**
 * The streams each user session opened, so that signing out ends them too: a stream is
 * authenticated once, when it opens, and would otherwise outlive the session it came from.
 */
export class SessionStreams {
  private readonly byToken = new Map<string, Set<() => void>>();

  /** Registers how to end one stream of this session; returns its removal. */
  add(tokenHash: string, end: () => void): () => void {
    let ends = this.byToken.get(tokenHash);
    if (!ends) {
      ends = new Set();
      this.byToken.set(tokenHash, ends);
    }
    ends.add(end);
    return () => {
      ends.delete(end);
      if (ends.size === 0 && this.byToken.get(tokenHash) === ends) this.byToken.delete(tokenHash);
    };
  }

  /** The session is over: every stream it opened ends now. */
  end(tokenHash: string): void {
    const ends = this.byToken.get(tokenHash);
    this.byToken.delete(tokenHash);
    for (const end of ends ?? []) end();
  }
}
