/**
 * Visible notices in `#notices` (role=alert): missing or invalid data files,
 * no WebGL. Messages are set with textContent.
 */

/**
 * Append a notice.
 * @param container - the #notices element
 * @param message - plain text
 * @param level - 'error' for problems, 'info' otherwise
 * @returns a function that removes the notice (once what it says is over)
 */
export function showNotice(container: HTMLElement, message: string, level: 'error' | 'info' = 'error'): () => void {
  const p = document.createElement('p');
  p.className = `notice notice-${level}`;
  p.textContent = message;
  container.append(p);
  return () => p.remove();
}
