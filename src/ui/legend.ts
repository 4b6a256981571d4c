/**
 * The legend, drawn from the same definitions as the map: the route styles
 * (style/route_styles.ts), the markers' colours and the border's dash.
 */
import { FAMILY_COLOR, ROUTE_STYLES } from '../style/route_styles.ts';
import { BASE_COLORS, BORDER_DASH } from '../style/base_layers.ts';
import { MARKER_COLORS } from '../style/data_layers.ts';
import { CONTROL_COLORS, FRONT_DASH } from '../style/control_layers.ts';
import { SUBPREFECTURE_DASH, SUBPREFECTURE_OPACITY } from '../style/admin_layers.ts';
import { EN, t, type Lang } from './strings.ts';

/** A small inline SVG line sample in a route's colour and dash. */
function lineSample(color: string, dash: readonly number[], width = 4): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '36');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(ns, 'line');
  line.setAttribute('x1', '2'); line.setAttribute('x2', '34');
  line.setAttribute('y1', '5'); line.setAttribute('y2', '5');
  line.setAttribute('stroke', color);
  line.setAttribute('stroke-width', String(width));
  if (dash.length) line.setAttribute('stroke-dasharray', dash.map((d) => d * width).join(' '));
  svg.append(line);
  return svg;
}

/**
 * Fill the legend.
 * @param details - the #legend <details> element
 * @param present - `kind|side` keys of the routes in the data; rows for others are left out (all shown when undefined)
 * @param lang - interface language; call again to switch (the rows are rebuilt)
 * @param family - whether the reader has family paths on the map (their row is shown then only)
 */
export function setupLegend(details: HTMLElement, present?: ReadonlySet<string>, lang: Lang = 'en', family = false): void {
  const summary = document.createElement('summary');
  summary.textContent = t('legend.heading', lang);
  const ul = document.createElement('ul');
  const row = (sample: Element, text: string) => {
    const li = document.createElement('li');
    li.append(sample, ' ', text);
    ul.append(li);
  };
  for (const s of ROUTE_STYLES) {
    const key = `route.${s.kind}.${s.side}`;
    const label = Object.hasOwn(EN, key) ? t(key as keyof typeof EN, lang) : s.label;
    if (!present || present.has(`${s.kind}|${s.side}`)) row(lineSample(s.color, s.dash), label);
  }
  if (family) row(lineSample(FAMILY_COLOR, []), t('family.heading', lang));
  row(lineSample(BASE_COLORS.border, BORDER_DASH.map((d) => d / 4), 3), t('legend.border', lang));
  const subprefecture = lineSample(BASE_COLORS.border, SUBPREFECTURE_DASH, 2);
  subprefecture.style.opacity = String(SUBPREFECTURE_OPACITY);
  row(subprefecture, t('legend.subprefecture', lang));
  const dot = (fill: string, stroke: string) => {
    const span = document.createElement('span');
    span.className = 'legend-dot';
    span.style.background = fill;
    span.style.borderColor = stroke;
    return span;
  };
  row(dot(MARKER_COLORS.event, MARKER_COLORS.eventStroke), t('legend.event', lang));
  const arrow = document.createElement('span');
  arrow.className = 'legend-arrow';
  arrow.setAttribute('aria-hidden', 'true');
  row(arrow, t('legend.routeEnd', lang));
  row(dot(MARKER_COLORS.place, MARKER_COLORS.placeStroke), t('legend.place', lang));
  row(dot(CONTROL_COLORS.heldPlace, MARKER_COLORS.placeStroke), t('legend.heldPlace', lang));
  const area = document.createElement('span');
  area.className = 'legend-area';
  // The map draws it at 30 % over the land colour.
  area.style.background = `color-mix(in srgb, ${CONTROL_COLORS.held} 30%, ${BASE_COLORS.land})`;
  row(area, t('legend.heldArea', lang));
  row(lineSample(CONTROL_COLORS.front, FRONT_DASH, 5), t('legend.front', lang));
  details.replaceChildren(summary, ul);
}
