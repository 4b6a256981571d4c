/**
 * Who held what as of an instant: the places with a Soviet control date, and
 * the people of the occupied municipalities. Pure: times are epoch ms.
 *
 * The population is each municipality's last count before August 1945 (1941 in
 * Karafuto, 15 Aug 1945 in the Kurils): the people who lived there, not those
 * present on the day (evacuees and refugees moved), so the panel says "lived".
 */
import { timeFromIso } from './dates.ts';
import type { FigureRange } from './figures.ts';
import { timeSteps } from './time_steps.ts';

/** A place as the occupation needs it. */
export interface ControlledPlace {
  id: string;
  /** When Soviet forces held it, epoch ms. */
  controlMs: number;
  /** People at the last count; null for islands and for municipalities whose count is not known. */
  population: FigureRange | null;
  /** A municipality (it states a population, known or not), not an island. */
  municipal: boolean;
}

/** The parts of a place's properties the occupation reads. */
interface ControlProperties {
  id: string;
  soviet_control_date?: string;
  population?: number | { min: number; max: number } | null;
}

/**
 * The places that carry a control date.
 * @param places - place properties (the atlas's gazetteer)
 * @returns one entry per place with a parseable date, in input order
 */
export function controlledPlaces(places: readonly ControlProperties[]): ControlledPlace[] {
  return places.flatMap((p) => {
    const controlMs = p.soviet_control_date === undefined ? null : timeFromIso(p.soviet_control_date);
    if (controlMs === null) return [];
    const pop = p.population;
    const population = pop === undefined || pop === null ? null : typeof pop === 'number' ? { min: pop, max: pop } : pop;
    return [{ id: p.id, controlMs, population, municipal: pop !== undefined }];
  });
}

/** The instants at which a place changes hands (sorted, unique). */
export function controlSteps(places: readonly ControlledPlace[]): number[] {
  return timeSteps(places.map((p) => p.controlMs));
}

/** Whether Soviet forces held the place at the instant. */
function isHeld(place: ControlledPlace, time: number): boolean {
  return place.controlMs <= time;
}

/** People of the occupied municipalities, and of all of them. */
export interface Occupation {
  /** Sum over the held places with a count; ranges add bound by bound. */
  people: FigureRange;
  /** Sum over every place with a count. */
  total: FigureRange;
  /** Municipalities held, of all municipalities, and how many of all have no known count. */
  held: number;
  of: number;
  uncounted: number;
}

/**
 * The occupation as of an instant.
 * @param places - from {@link controlledPlaces}
 * @param time - epoch ms
 */
export function occupationAsOf(places: readonly ControlledPlace[], time: number): Occupation {
  const out: Occupation = { people: { min: 0, max: 0 }, total: { min: 0, max: 0 }, held: 0, of: 0, uncounted: 0 };
  for (const p of places) {
    if (!p.municipal) continue;
    out.of += 1;
    if (isHeld(p, time)) out.held += 1;
    if (!p.population) {
      out.uncounted += 1;
      continue;
    }
    out.total.min += p.population.min;
    out.total.max += p.population.max;
    if (!isHeld(p, time)) continue;
    out.people.min += p.population.min;
    out.people.max += p.population.max;
  }
  return out;
}
