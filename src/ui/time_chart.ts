/**
 * `#time-chart` under the slider: the people evacuated (campaign) or
 * repatriated (aftermath) per period and the dead, with their ranges, for the
 * phase the slider shows (core/time_chart.ts). Drawn once per phase and
 * language; while time moves only the cursor moves (one SVG attribute, no
 * layout). Hovering a period, or focusing its row in `#time-chart-table` (the
 * chart as a table, one row per period), shows its values and sources; a click
 * on the chart or on a row moves time to that period. Where a total is spread
 * over the months it covers (core/time_chart.ts, CHART_SPREADS), its bars are
 * paler, its cells start with "≈", and the table's caption and the chart's
 * label say how it was spread.
 */
import { displayFromTime } from '../core/format.ts';
import { textFromRange, type FigureEvent } from '../core/figures.ts';
import type { AtlasState, StateChange } from '../core/state.ts';
import { CHART_SERIES, CHART_SPREADS, chartBins, chartScale, type ChartBin, type ChartSeries } from '../core/time_chart.ts';
import { phaseFromTime, type Phase } from '../core/timeline.ts';
import { t, type Lang } from './strings.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** The chart's coordinates: x 0..1000 across the phase, y 0..100 down (stretched to the box). */
const W = 1000;
/** Vertical bands (y from, y to) of the main series (upwards) and of the dead (downwards). */
const BANDS = { up: [4, 62], down: [64, 96], whole: [4, 96] } as const;

/** What the chart needs besides the events' figures. */
export interface TimeChartOptions {
  /** Source ids of an event's figures (else the event's own sources). */
  sourcesOf: (eventId: string) => readonly string[];
  /** A source's title, or its id while the bibliography is not loaded. */
  sourceTitle: (id: string) => string;
  /** Receives the time a click asks for. */
  emit: (change: StateChange) => void;
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/**
 * Build the chart into `box` (`#time-chart-box`, made by the time panel under the slider).
 * @param events - events with their figures, as the figures panel gets them
 * @returns a function to call with each state: it redraws only on a change of phase or language
 */
export function setupTimeChart(box: HTMLElement, events: readonly FigureEvent[], options: TimeChartOptions): (state: AtlasState) => void {
  const svg = svgEl('svg', { id: 'time-chart', role: 'img', viewBox: `0 0 ${W} 100`, preserveAspectRatio: 'none' });
  // The cursor is a layer over the chart moved by a transform, so that moving it each frame
  // repaints nothing: an SVG attribute re-rasterised the chart every frame (bench: fps ratio
  // 0.63 with it, 0.69 without, real data).
  const cursor = Object.assign(document.createElement('div'), { className: 'time-chart-cursor' });
  cursor.setAttribute('aria-hidden', 'true');
  const tip = Object.assign(document.createElement('div'), { className: 'time-chart-tip', hidden: true });
  const plot = Object.assign(document.createElement('div'), { className: 'time-chart' });
  plot.append(svg, cursor, tip);
  const details = Object.assign(document.createElement('details'), { className: 'time-chart-details' });
  const summary = document.createElement('summary');
  const table = Object.assign(document.createElement('table'), { id: 'time-chart-table' });
  const caption = table.createCaption();
  details.append(summary, table);
  box.replaceChildren(plot, details);

  const binsByPhase = new Map<Phase['id'], ChartBin[]>();
  let shown: { phase: Phase; lang: Lang; bins: ChartBin[] } | null = null;
  let cursorX = Number.NaN;
  const xOf = (phase: Phase, time: number) => ((time - phase.start) / (phase.end - phase.start)) * W;

  const tipText = (bin: ChartBin, phase: Phase, lang: Lang): string => {
    const parts = CHART_SERIES[phase.id].flatMap((s) => (bin.added[s] ? [`${t(`figure.${s}`, lang)} ${cellText(bin, s, lang)}`] : []));
    const ids = [...new Set(bin.events.flatMap((id) => options.sourcesOf(id)))];
    const sources = ids.length ? ` · ${t('chart.sources', lang, { list: ids.map(options.sourceTitle).join('; ') })}` : '';
    return `${periodText(bin, phase, lang)}: ${parts.length ? parts.join(' · ') : t('chart.nothing', lang)}${sources}`;
  };
  const showTip = (bin: ChartBin | undefined) => {
    if (!bin || !shown) { tip.hidden = true; return; }
    tip.textContent = tipText(bin, shown.phase, shown.lang);
    tip.style.left = `${Math.min(70, Math.max(0, (xOf(shown.phase, bin.start) / W) * 100 - 10))}%`;
    tip.hidden = false;
  };
  const binAt = (clientX: number): ChartBin | undefined => {
    if (!shown) return undefined;
    const rect = svg.getBoundingClientRect();
    const time = shown.phase.start + ((clientX - rect.left) / Math.max(1, rect.width)) * (shown.phase.end - shown.phase.start);
    return shown.bins.find((b) => time >= b.start && time < b.end) ?? shown.bins.at(-1);
  };
  const go = (bin: ChartBin | undefined) => { if (bin) options.emit({ time: bin.start, playing: false }); };
  svg.addEventListener('pointermove', (e) => showTip(binAt(e.clientX)));
  svg.addEventListener('pointerleave', () => showTip(undefined));
  svg.addEventListener('click', (e) => go(binAt(e.clientX)));

  const draw = (phase: Phase, lang: Lang) => {
    let bins = binsByPhase.get(phase.id);
    if (!bins) binsByPhase.set(phase.id, (bins = chartBins(events, phase)));
    shown = { phase, lang, bins };
    const series = CHART_SERIES[phase.id];
    const children: SVGElement[] = [];
    series.forEach((s, k) => {
      const [top, bottom] = series.length === 1 ? BANDS.whole : k === 0 ? BANDS.up : BANDS.down;
      const { perPeriod, total } = chartScale(bins, s);
      const height = (n: number) => (perPeriod ? (n / perPeriod) * (bottom - top) : 0);
      for (const b of bins) {
        const range = b.added[s];
        if (!range) continue;
        const x = xOf(phase, b.start), w = Math.max(2, xOf(phase, b.end) - x - 2);
        // The upper bound pale, the lower bound solid: the gap between them is where sources disagree.
        // A spread total's bars paler still: they are an estimate of when the people came.
        const spread = b.spread.includes(s) ? { class: 'bar-spread', 'fill-opacity': 0.55 } : null;
        for (const [n, cls] of [[range.max, 'bar-max'], [range.min, 'bar-min']] as const) {
          const h = height(n);
          if (h > 0) {
            const bar = svgEl('rect', { class: `${cls} series-${s}`, x, width: w, y: k === 0 ? bottom - h : top, height: h });
            if (spread) { bar.classList.add(spread.class); bar.setAttribute('fill-opacity', String(spread['fill-opacity'])); }
            children.push(bar);
          }
        }
      }
      if (k === 0 && total) {
        // The running total's upper bound on its own scale, as a line over the bars.
        const points = bins.map((b) => `${xOf(phase, b.end)},${bottom - ((b.total[s]?.max ?? 0) / total) * (bottom - top)}`);
        children.push(svgEl('polyline', { class: `total-line series-${s}`, points: `0,${bottom} ${points.join(' ')}`, 'vector-effect': 'non-scaling-stroke' }));
      }
    });
    svg.replaceChildren(...children);
    const final = bins.at(-1)?.total ?? {};
    const totals = series.map((s) => `${t(`figure.${s}`, lang)} ${final[s] ? textFromRange(final[s], lang) : '0'}`).join('; ');
    const notes = CHART_SPREADS.filter((x) => bins.some((b) => b.spread.includes(x.series) && b.events.includes(x.event))).map((x) => x.note[lang]);
    svg.setAttribute('aria-label', [t(phase.id === 'campaign' ? 'chart.ariaCampaign' : 'chart.ariaAftermath', lang, { totals }), ...notes].join(' '));
    summary.textContent = t('chart.tableSummary', lang);
    caption.textContent = notes.join(' ');
    caption.hidden = notes.length === 0;
    fillTable(table, bins, phase, lang, series, showTip, go, t('chart.moveHere', lang));
    cursorX = Number.NaN;
  };

  return (state) => {
    const phase = phaseFromTime(state.time);
    if (!shown || shown.phase !== phase || shown.lang !== state.lang) draw(phase, state.lang);
    // Called every frame while playing: one transform write when the cursor moves a thousandth of the width.
    const x = Math.round((xOf(phase, Math.min(state.time, phase.end)) / W) * 1000) / 10;
    if (x !== cursorX) {
      cursor.style.transform = `translateX(${x}%)`;
      cursorX = x;
    }
  };
}

/** "+1,500 (in all 1,500–2,000)": what a period adds to a series and its running total; "≈ " before a spread total's estimate. */
function cellText(bin: ChartBin, series: ChartSeries, lang: Lang): string {
  const added = bin.added[series], total = bin.total[series];
  if (!added || !total) return '—';
  const text = t('chart.cell', lang, { added: textFromRange(added, lang), total: textFromRange(total, lang) });
  return bin.spread.includes(series) ? `≈ ${text}` : text;
}

/** A day of the campaign ("20 Aug 1945"), a month of the aftermath ("Dec 1946"). */
function periodText(bin: ChartBin, phase: Phase, lang: Lang): string {
  return displayFromTime(bin.start, phase.id === 'campaign' ? 'day' : 'month', lang);
}

/** One row per period: the period as a button (focus shows it on the chart, a click goes there) and a cell per series. */
function fillTable(
  table: HTMLTableElement, bins: readonly ChartBin[], phase: Phase, lang: Lang, series: readonly ChartSeries[],
  showTip: (bin: ChartBin | undefined) => void, go: (bin: ChartBin) => void, moveHere: string,
): void {
  const head = table.createTHead();
  head.replaceChildren();
  const headRow = head.insertRow();
  for (const text of [t('chart.period', lang), ...series.map((s) => t(`figure.${s}`, lang))]) {
    headRow.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: text }));
  }
  const body = document.createElement('tbody');
  for (const bin of bins) {
    const row = body.insertRow();
    const th = Object.assign(document.createElement('th'), { scope: 'row' });
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: periodText(bin, phase, lang), title: moveHere });
    button.addEventListener('focus', () => showTip(bin));
    button.addEventListener('blur', () => showTip(undefined));
    button.addEventListener('click', () => go(bin));
    th.append(button);
    row.append(th);
    for (const s of series) row.insertCell().textContent = cellText(bin, s, lang);
  }
  table.tBodies[0]?.remove();
  table.append(body);
}
