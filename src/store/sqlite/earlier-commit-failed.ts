/**
 * Pipelined commits: once a commit fails, those sent after it were decided on top of it, so
 * they are refused with this error, nothing of them written, until the caller has heard of
 * the failure (SqliteStore.resumeCommits). Shared by the store and its writer thread.
 */
export const earlierCommitFailed = 'EarlierCommitFailed';

export const earlierCommitFailedMessage = 'an earlier commit failed; nothing of this one was written';
