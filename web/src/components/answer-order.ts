/**
 * Which answers of a screen's loads to show, as loads overlap: an answer newer than the one
 * shown, not only the latest load's. While stream messages keep asking for reloads, every answer
 * would otherwise be overtaken by the next load, and the screen would keep showing what it had
 * before all of them (the softphone kept a declined call ringing: its Answer then got a 404).
 * After `restart()` (what the screen shows is about something else now: another id, another
 * query) no earlier load's answer is shown.
 */
export class AnswerOrder {
  private started = 0;
  private shown = 0;

  /** A load starts: its number, to ask `take` with when it answers. */
  start(): number {
    return ++this.started;
  }

  /** What was asked so far is about something else: none of it may be shown from now on. */
  restart(): void {
    this.shown = this.started;
  }

  /**
   * May load `n`'s answer be shown? If so it is now the one shown. `onLatestOnly`: an answer
   * that adds to what is shown (more rows) is shown only if no load started after it.
   */
  take(n: number, onLatestOnly = false): boolean {
    if (n <= this.shown || (onLatestOnly && n !== this.started)) return false;
    this.shown = n;
    return true;
  }

  /** Is a load started after `n` still to answer? (The screen is still loading.) */
  laterPending(n: number): boolean {
    return n !== this.started;
  }
}
