/**
 * Tiny DOM helpers.
 */

/**
 * The element with an id, or a clear error naming it (index.html and this code must agree).
 * @param id - element id
 * @returns the element
 */
export function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no element #${id}`);
  return element;
}
