/**
 * The family paths in a link and on the device. A link carries them only when
 * the reader shares them (`family=<base64url of the JSON>`, UTF-8), up to
 * {@link FAMILY_LINK_MAX} characters; the device keeps them under one
 * localStorage key. Neither is ever sent anywhere by the atlas.
 */
import { familyFromUnknown, type FamilyPath } from '../core/family.ts';
import type { AtlasState, StateChange } from '../core/state.ts';
import type { Store } from '../core/store.ts';

/** The longest `family=` value a link may carry: longer links break in mail and chat programs. */
export const FAMILY_LINK_MAX = 6000;

/** The localStorage key the paths are kept under. */
export const FAMILY_STORAGE_KEY = 'karafuto-1945.family';

/**
 * The `family=` value of a link.
 * @param paths - the paths to share
 * @returns base64url text (no padding)
 */
export function linkValueFromFamily(paths: readonly FamilyPath[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(paths));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Paths from a link's `family=` value.
 * @param value - base64url text
 * @returns the paths, or null when the value is malformed, too long or not well-formed paths
 */
export function familyFromLinkValue(value: string): FamilyPath[] | null {
  if (value.length > FAMILY_LINK_MAX || !/^[A-Za-z0-9_-]*$/.test(value)) return null;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    return familyFromUnknown(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * The paths kept on this device.
 * @param storage - localStorage, or null where it is unavailable
 * @returns the paths, or none when nothing (or nothing valid) is kept
 */
export function storedFamily(storage: Storage | null): FamilyPath[] {
  try {
    const text = storage?.getItem(FAMILY_STORAGE_KEY);
    return text ? familyFromUnknown(JSON.parse(text)) ?? [] : [];
  } catch {
    return [];
  }
}

/**
 * The page's localStorage, or null where the browser refuses it (storage disabled, some private modes).
 * @returns the storage or null
 */
export function deviceStorage(): Storage | null {
  try { return window.localStorage; } catch { return null; }
}

/**
 * Keep the paths on the device whenever they change (no paths: the key is removed).
 * @param store - the app store
 * @param storage - localStorage, or null where it is unavailable (private mode): nothing is kept
 */
export function keepFamilyStored(store: Store<AtlasState, StateChange>, storage: Storage | null): void {
  store.subscribe((state, prev) => {
    if (!storage || (prev && prev.family === state.family)) return;
    try {
      if (state.family.length === 0) storage.removeItem(FAMILY_STORAGE_KEY);
      else storage.setItem(FAMILY_STORAGE_KEY, JSON.stringify(state.family));
    } catch (error) {
      // A full storage costs the keeping, not the page; the paths stay in the state.
      console.warn('family paths not kept:', error);
    }
  });
}
