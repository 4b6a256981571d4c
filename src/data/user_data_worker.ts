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
  void file.text().then(
    (text) => parseUserData(text, file.name),
    (error: unknown): UserDataResult => ({ ok: false, issues: [{ file: file.name, message: `could not be read (${String(error)})` }], more: 0 }),
  ).then((result) => self.postMessage(result));
});
