/**
 * Web Worker: reads and checks a user's file off the main thread, so the map
 * and the controls stay responsive while a big file is parsed.
 *
 * Message in: `{file: File}`. Message out: a {@link UserDataResult}.
 */
import { parseUserData, type UserDataResult } from './user_data.ts';

/** What the page posts to this worker. */
export interface UserDataRequest {
  file: File;
}

self.addEventListener('message', (event: MessageEvent<UserDataRequest>) => {
  const { file } = event.data;
  const failed = (what: string) => (error: unknown): UserDataResult =>
    ({ ok: false, issues: [{ file: file.name, message: `${what} (${String(error)})` }], more: 0 });
  // Every outcome is posted, a checker's own failure too: the panel never waits for nothing.
  void file.text().then((text) => {
    try { return parseUserData(text, file.name); } catch (error) { return failed('could not be checked')(error); }
  }, failed('could not be read')).then((result) => self.postMessage(result));
});
