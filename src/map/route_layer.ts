/**
 * The routes as one custom WebGL layer, drawn from a time uniform (the idea
 * of deck.gl's TripsLayer): every segment knows when its ends are reached
 * (core/route_segments.ts), and the vertex shader cuts the segment in progress
 * at the current time. Moving the clock is a uniform and a repaint: no
 * GeoJSON setData, no worker, no re-tiling (bench: the former GeoJSON layers
 * re-tiled 90 tiles/s while playing and drew 10,000 routes at 0.7 fps).
 *
 * One quad per segment (two indexed triangles, data pulled from a float
 * texture: map/route_gpu_data.ts), shaded as a capsule (round caps and joins,
 * anti-aliased edges), in three passes: the white casing of all routes, the
 * lines with their dash pattern, then a small square at each moving tip (a
 * dot) and at each finished end (an arrowhead). The segments come in levels
 * of detail (core/route_segments.ts), so at low zoom a route costs a few
 * quads rather than one per vertex.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import {
  hoursInBuffer, levelAt, segmentsEndedBy, segmentsInProgressRange, segmentsStartedBy,
  type SegmentBuffer, type SegmentLevel,
} from '../core/route_segments.ts';
import { mercatorFromLngLat } from '../core/mercator.ts';
import { routeIndexNear, segmentGrid } from '../core/route_picking.ts';
import { FinishedRouteCache } from './route_cache.ts';
import { QuadIndices, SegmentTextures, TEXTURE_WIDTH } from './route_gpu_data.ts';
import { RouteProgram } from './route_program.ts';
import { PASS, type Pass } from './route_shaders.ts';
import { LAYER } from '../style/ids.ts';
import { rgbFromHex, routePalette, routeSizes, type RoutePalette } from '../style/route_styles.ts';

/**
 * Above this many segments begun at the current level of detail, the finished
 * ones are drawn from a cached picture (map/route_cache.ts) and only those in
 * progress every frame. Each styled segment costs 12 shaded corners (three
 * passes of four) at ~0.4 µs each under SwiftShader, plus its pixels; the
 * atlas's own routes are about 300 segments, 1,000 bench routes 10,000.
 */
const CACHED_SEGMENTS = 2_000;

/**
 * Above this many, routes are 1-pixel hairlines: tens of thousands of casings
 * would cover the map (the benchmark's 10,000 routes in the home view).
 */
const DENSE_SEGMENTS = 20_000;

/** One drawing pass and its half line widths, CSS px. */
interface PassWidths {
  pass: Pass;
  half: number;
  selectedHalf: number;
}

/** Casing colour and opacity (premultiplied in the shader's blend). */
const CASING = { color: '#ffffff', opacity: 0.85 };
const SELECTED_CASING = '#ffd600';

/** The GPU route layer. Give it data with {@link RouteLayer.setLevels}; move it with {@link RouteLayer.setTime}. */
export class RouteLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom';
  readonly renderingMode = '2d';
  private map: MapLibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private readonly program: RouteProgram;
  /** Empty: the shader pulls its data from textures, but WebGL 2 draws with some vertex array bound. */
  private vao: WebGLVertexArrayObject | null = null;
  private readonly quads = new QuadIndices();
  private readonly textures = new SegmentTextures();
  private levels: SegmentLevel[] = [];
  private time = -Infinity;
  private selected = -1;
  private readonly cache = new FinishedRouteCache();
  private readonly palette: RoutePalette;

  /**
   * @param options - the layer id (the atlas's routes by default) and colours by style index
   *   (the legend's route styles by default; a user's own file has one colour), and what to do
   *   when its shaders fail (the routes are then not drawn; the rest of the map is)
   */
  constructor(options: { id?: string; palette?: RoutePalette; onError?: (error: Error) => void } = {}) {
    this.id = options.id ?? LAYER.routesLine;
    this.palette = options.palette ?? routePalette();
    this.program = new RouteProgram(this.palette.count, options.onError ?? ((error) => console.error(error)));
  }

  /**
   * Replace the routes drawn (once, when data loads).
   * @param levels - from core/route_segments.ts `segmentLevels`; the last one (every vertex) is hit-tested
   */
  setLevels(levels: SegmentLevel[]): void {
    this.textures.release(this.gl);
    this.levels = levels;
    this.cache.invalidate();
    this.map?.triggerRepaint();
    // The picking grid while nothing happens rather than at the first mouse move (130 ms at
    // 10,000 routes). Safari has no requestIdleCallback: a timeout there.
    const detailed = this.detailed;
    const whenIdle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    if (detailed) whenIdle(() => segmentGrid(detailed));
  }

  private get detailed(): SegmentBuffer | undefined {
    return this.levels.at(-1)?.buffer;
  }

  /**
   * The route drawn under a point of the map, for clicks (a custom layer has no queryRenderedFeatures).
   * @param point - pixels from the map's top left
   * @param tolerancePx - how far from the line still hits
   * @returns the route id, or null
   */
  routeAt(point: PointLike, tolerancePx = 8): string | null {
    const map = this.map, buffer = this.detailed;
    if (!map || !buffer || buffer.count === 0) return null;
    const { lng, lat } = map.unproject(point);
    const [x, y] = mercatorFromLngLat(lng, lat);
    const index = routeIndexNear(buffer, x, y, tolerancePx / worldSize(map), hoursInBuffer(buffer, this.time));
    return buffer.routeIds[index] ?? null;
  }

  /**
   * Show the routes as at `time`.
   * @param time - epoch ms
   */
  setTime(time: number): void {
    if (time === this.time) return;
    this.time = time;
    this.map?.triggerRepaint();
  }

  /**
   * Highlight one route's casing.
   * @param id - route id, or null
   */
  setSelected(id: string | null): void {
    const index = id === null ? -1 : (this.detailed?.routeIds.indexOf(id) ?? -1);
    if (index === this.selected) return;
    this.selected = index;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    if (!('createVertexArray' in gl)) throw new Error('the route layer needs WebGL 2');
    this.map = map;
    this.gl = gl;
    this.vao = gl.createVertexArray();
    // Linked once the map first settles (route_program.ts); a view that opens on a later date links on its first frame.
    map.once('idle', () => { if (this.gl) this.program.start(this.gl); });
  }

  onRemove(): void {
    this.textures.release(this.gl);
    this.quads.release(this.gl);
    this.cache.release(this.gl);
    this.gl?.deleteVertexArray(this.vao);
    this.program.release(this.gl);
    this.map = this.gl = this.vao = null;
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    const map = this.map;
    if (!map || gl2 !== this.gl) return;
    const zoom = map.getZoom();
    const level = levelAt(this.levels, zoom);
    if (!level) return;
    const hours = hoursInBuffer(level.buffer, this.time);
    const count = segmentsStartedBy(level.buffer, hours);
    if (count === 0) return;
    const program = this.program.linked(gl2);
    if (!program) return;
    const ratio = map.getPixelRatio();
    const sizes = routeSizes(zoom);
    const u = this.program.uniforms;
    gl2.useProgram(program);
    gl2.bindVertexArray(this.vao);
    gl2.activeTexture(gl2.TEXTURE0);
    gl2.bindTexture(gl2.TEXTURE_2D, this.textures.of(gl2, level, 'data'));
    u.set('u_moving_only', 0);
    u.set('u_segments', 0);
    u.set('u_texture_width', TEXTURE_WIDTH);
    const mainMatrix = options.defaultProjectionData.mainMatrix as Float32Array;
    u.set('u_matrix', mainMatrix);
    u.set('u_viewport', [gl2.drawingBufferWidth, gl2.drawingBufferHeight]);
    u.set('u_time', hours);
    u.set('u_world', worldSize(map) * ratio);
    u.set('u_selected', this.selected);
    u.set('u_tip', sizes.tip * ratio);
    u.set('u_arrow', sizes.arrow * ratio);
    u.set('u_pixel_ratio', ratio);
    u.set('u_line_width', sizes.line * ratio);
    u.set('u_colors', this.palette.colors);
    u.set('u_dashes', this.palette.dashes);
    u.set('u_casing', premultiplied(CASING.color, CASING.opacity));
    u.set('u_selected_casing', premultiplied(SELECTED_CASING, 1));
    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    // Hairlines when dense: one line primitive per segment, no casing, dashes, tips or arrowheads.
    // Otherwise casings of every route, then the lines (so no casing covers a line), then tips and arrowheads.
    const passes: PassWidths[] = count > DENSE_SEGMENTS
      ? [{ pass: PASS.hairline, half: 0, selectedHalf: 0 }]
      : [
          { pass: PASS.casing, half: sizes.casing / 2, selectedHalf: sizes.selectedCasing / 2 },
          { pass: PASS.line, half: sizes.line / 2, selectedHalf: sizes.line / 2 },
          { pass: PASS.ends, half: 0, selectedHalf: 0 },
        ];
    if (count > CACHED_SEGMENTS && map.getPitch() === 0 && map.getBearing() === 0) this.renderCached(gl2, program, map, level, hours, mainMatrix, passes);
    else this.drawPasses(gl2, passes, 0, count);
    gl2.bindVertexArray(null);
  }

  /** Draw segments `[first, end)` of the bound texture in each pass. */
  private drawPasses(gl: WebGL2RenderingContext, passes: readonly PassWidths[], first: number, end: number): void {
    if (end <= first) return;
    const u = this.program.uniforms, ratio = this.map?.getPixelRatio() ?? 1;
    for (const { pass, half, selectedHalf } of passes) {
      u.set('u_pass', pass);
      u.set('u_half', half * ratio);
      u.set('u_selected_half', selectedHalf * ratio);
      if (pass === PASS.hairline) gl.drawArrays(gl.LINES, 2 * first, 2 * (end - first));
      else {
        this.quads.ensure(gl, end);
        gl.drawElements(gl.TRIANGLES, 6 * (end - first), gl.UNSIGNED_INT, 6 * first * 4);
      }
    }
  }

  /**
   * Finished segments from the cache's picture, then the segments in progress.
   * Expects this layer's program (`program`), vertex array and uniforms in place; leaves them so.
   */
  private renderCached(gl: WebGL2RenderingContext, program: WebGLProgram, map: MapLibreMap, level: SegmentLevel, hours: number, mainMatrix: Float32Array, passes: readonly PassWidths[]): void {
    const u = this.program.uniforms;
    const buffer = level.buffer;
    const b = map.getBounds();
    const [west, north] = mercatorFromLngLat(b.getWest(), b.getNorth());
    const [east, south] = mercatorFromLngLat(b.getEast(), b.getSouth());
    // The picture depends on the level, the way routes are drawn and the selected route's casing.
    const key = `${this.levels.indexOf(level)}|${passes.length}|${this.selected}`;
    const view = { bounds: [west, north, east, south] as [number, number, number, number], width: gl.drawingBufferWidth, height: gl.drawingBufferHeight, zoom: map.getZoom(), key };
    this.cache.update(gl, view, hours, (h) => segmentsEndedBy(buffer, h), (first, end, matrix, width, height) => {
      gl.bindTexture(gl.TEXTURE_2D, this.textures.of(gl, level, 'byEnd'));
      u.set('u_matrix', matrix);
      u.set('u_viewport', [width, height]);
      this.drawPasses(gl, passes, first, end);
    });
    this.cache.composite(gl, mainMatrix);
    gl.useProgram(program);
    gl.bindVertexArray(this.vao);
    gl.bindTexture(gl.TEXTURE_2D, this.textures.of(gl, level, 'data'));
    u.set('u_matrix', mainMatrix);
    u.set('u_viewport', [gl.drawingBufferWidth, gl.drawingBufferHeight]);
    u.set('u_moving_only', 1);
    const [first, end] = segmentsInProgressRange(buffer, hours);
    this.drawPasses(gl, passes, first, end);
  }
}

/** CSS pixels per Web Mercator unit: MapLibre's world is 512 px wide at zoom 0. */
function worldSize(map: MapLibreMap): number {
  return 512 * 2 ** map.getZoom();
}

function premultiplied(hex: string, opacity: number): number[] {
  return [...rgbFromHex(hex).map((c) => c * opacity), opacity];
}
