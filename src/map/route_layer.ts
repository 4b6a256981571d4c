/**
 * The routes as one custom WebGL layer, drawn from a time uniform (the idea
 * of deck.gl's TripsLayer): every segment knows when its ends are reached
 * (core/route_segments.ts), and the vertex shader cuts the segment in progress
 * at the current time. Moving the clock is a uniform and a repaint: no
 * GeoJSON setData, no worker, no re-tiling (bench: the former GeoJSON layers
 * re-tiled 90 tiles/s while playing and drew 10,000 routes at 0.7 fps).
 *
 * One quad per segment (two indexed triangles, data pulled from a float texture), shaded as a capsule (round caps and joins,
 * anti-aliased edges), in three passes: the white casing of all routes, the
 * lines with their dash pattern, then a small square at each moving tip (a
 * dot) and at each finished end (an arrowhead). The segments come in levels
 * of detail (core/route_segments.ts), so at low zoom a route costs a few
 * quads rather than one per vertex.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import {
  hoursInBuffer, levelAt, mercatorFromLngLat, routeIndexNear, SEGMENT_FLOATS, segmentsEndedBy, segmentsInProgressRange, segmentsStartedBy,
  type SegmentBuffer, type SegmentLevel,
} from '../core/route_segments.ts';
import { FinishedRouteCache } from './route_cache.ts';
import { LAYER } from '../style/ids.ts';
import { rgbFromHex, routePalette, routeSizes, type RoutePalette } from '../style/route_styles.ts';

const VERTEX_SHADER = `#version 300 es
precision highp float;
precision highp int;
uniform highp sampler2D u_segments;
uniform int u_texture_width;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_time;
uniform float u_world;
uniform int u_pass;
uniform float u_half;
uniform float u_selected_half;
uniform float u_selected;
uniform float u_tip;
uniform float u_arrow;
uniform int u_moving_only;
out vec2 v_local;
out float v_len;
out float v_along;
flat out float v_half;
flat out int v_style;
flat out int v_end;
flat out int v_chosen;

// Four corners per segment, two triangles by index (a line per segment in pass 3): x 0 = start end, 1 = far end; y = side.
const vec2 CORNERS[4] = vec2[4](vec2(0.0, -1.0), vec2(0.0, 1.0), vec2(1.0, -1.0), vec2(1.0, 1.0));

vec4 segmentTexel(int segment, int part) {
  int i = segment * 3 + part;
  return texelFetch(u_segments, ivec2(i % u_texture_width, i / u_texture_width), 0);
}

void main() {
  // No vertex attributes: each vertex fetches its segment from the float texture (gl_VertexID),
  // since instanced drawing costs ~10 µs per instance under SwiftShader.
  int perSegment = u_pass == 3 ? 2 : 4;
  int segment = gl_VertexID / perSegment;
  int vertex = gl_VertexID - segment * perSegment;
  vec2 a_corner = u_pass == 3 ? vec2(float(vertex), 0.0) : CORNERS[vertex];
  vec4 a_ends = segmentTexel(segment, 0);
  vec4 texel1 = segmentTexel(segment, 1);
  vec4 texel2 = segmentTexel(segment, 2);
  vec2 a_times = texel1.xy;
  // along, style, last, route
  vec4 a_meta = vec4(texel1.zw, texel2.xy);
  // Passes: 0 casing, 1 line, 2 tips and arrowheads, 3 hairline (many routes).
  // 1 = the segment in progress (a dot at its tip), 2 = a finished route's last segment (an arrowhead), 0 = neither.
  v_end = u_time < a_times.y ? 1 : (a_meta.z > 0.5 ? 2 : 0);
  if (u_time < a_times.x || (u_pass == 2 && v_end == 0) || (u_moving_only == 1 && v_end != 1)) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return; }
  float span = a_times.y - a_times.x;
  float f = span > 0.0 ? clamp((u_time - a_times.x) / span, 0.0, 1.0) : 1.0;
  vec2 tip = mix(a_ends.xy, a_ends.zw, f);
  vec4 ca = u_matrix * vec4(a_ends.xy, 0.0, 1.0);
  vec4 cb = u_matrix * vec4(tip, 0.0, 1.0);
  vec2 sa = ca.xy / ca.w * 0.5 * u_viewport;
  vec2 sb = cb.xy / cb.w * 0.5 * u_viewport;
  vec2 d = sb - sa;
  float len = length(d);
  vec2 dir = len > 1e-3 ? d / len : vec2(1.0, 0.0);
  vec2 normal = vec2(-dir.y, dir.x);
  v_chosen = abs(a_meta.w - u_selected) < 0.5 ? 1 : 0;
  v_half = v_chosen == 1 ? u_selected_half : u_half;
  vec2 p;
  if (u_pass == 3) {
    p = a_corner.x < 0.5 ? sa : sb;
  } else if (u_pass == 2) {
    // A square around the tip, just big enough for the dot or the arrowhead and its halo.
    float reach = (v_end == 1 ? u_tip : u_arrow) + 3.0;
    p = sb + (dir * (a_corner.x * 2.0 - 1.0) + normal * a_corner.y) * reach;
  } else {
    float reach = v_half + 1.0;
    p = (a_corner.x < 0.5 ? sa - dir * reach : sb + dir * reach) + normal * a_corner.y * reach;
  }
  v_local = vec2(dot(p - sa, dir), dot(p - sa, normal));
  v_len = len;
  v_along = a_meta.x * u_world;
  v_style = int(a_meta.y + 0.5);
  gl_Position = vec4(p / (0.5 * u_viewport), 0.0, 1.0);
}`;

const FRAGMENT_SHADER = `#version 300 es
precision highp float;
precision highp int;
in vec2 v_local;
in float v_len;
in float v_along;
flat in float v_half;
flat in int v_style;
flat in int v_end;
flat in int v_chosen;
uniform int u_pass;
uniform vec3 u_colors[STYLES];
uniform vec2 u_dashes[STYLES];
uniform vec4 u_casing;
uniform vec4 u_selected_casing;
uniform float u_line_width;
uniform float u_tip;
uniform float u_arrow;
uniform float u_pixel_ratio;
out vec4 fragColor;

// Signed distance to the arrowhead, in pixels: negative inside. Local frame: x along the route from its end.
float arrowDistance(vec2 p) {
  float back = -0.45 * u_arrow, front = 0.55 * u_arrow;
  float side = (front - p.x) * 0.5 - abs(p.y);
  return -min(min(p.x - back, front - p.x), side * 0.894);
}

void main() {
  vec3 rgb = u_colors[v_style];
  vec4 color;
  if (u_pass == 3) {
    color = vec4(rgb, 1.0);
  } else if (u_pass == 2) {
    vec2 atEnd = v_local - vec2(v_len, 0.0);
    float ring = 2.0 * u_pixel_ratio;
    if (v_end == 1) {
      float r = length(atEnd);
      float disc = clamp(u_tip + 0.5 - r, 0.0, 1.0);
      float inner = clamp(u_tip - ring + 0.5 - r, 0.0, 1.0);
      color = vec4(mix(vec3(1.0), rgb, inner), 1.0) * disc;
    } else {
      float distance = arrowDistance(atEnd);
      float head = clamp(0.5 - distance, 0.0, 1.0);
      float halo = clamp(0.5 - distance + 0.6 * ring, 0.0, 1.0);
      color = vec4(rgb, 1.0) * head + vec4(1.0) * halo * (1.0 - head);
    }
  } else {
    float t = clamp(v_local.x, 0.0, v_len);
    float dist = length(v_local - vec2(t, 0.0));
    float a = clamp(v_half + 0.5 - dist, 0.0, 1.0);
    if (u_pass == 0) {
      color = (v_chosen == 1 ? u_selected_casing : u_casing) * a;
    } else {
      vec2 dash = u_dashes[v_style] * u_line_width;
      if (dash.x > 0.0 && mod(v_along + t, dash.x + dash.y) > dash.x) a = 0.0;
      color = vec4(rgb, 1.0) * a;
    }
  }
  if (color.a <= 0.0) discard;
  fragColor = color;
}`;

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

/** One drawing pass: 0 casing, 1 line, 2 tips and arrowheads, 3 hairline; half widths in CSS px. */
interface Pass {
  pass: number;
  half: number;
  selectedHalf: number;
}

/** Casing colour and opacity (premultiplied in the shader's blend). */
const CASING = { color: '#ffffff', opacity: 0.85 };
const SELECTED_CASING = '#ffd600';

/** Uniform names, looked up once. */
const UNIFORMS = [
  'u_segments', 'u_texture_width', 'u_matrix', 'u_viewport', 'u_time', 'u_world', 'u_half', 'u_selected_half', 'u_selected', 'u_tip', 'u_arrow',
  'u_pass', 'u_moving_only', 'u_colors', 'u_dashes', 'u_casing', 'u_selected_casing', 'u_line_width', 'u_pixel_ratio',
] as const;

/** A level of detail on the GPU: its segments as a float texture, uploaded when first drawn. */
interface GpuLevel {
  level: SegmentLevel;
  /** Segments by start ({@link SegmentBuffer.data}) and by end ({@link SegmentBuffer.byEnd}). */
  textures: { data: WebGLTexture | null; byEnd: WebGLTexture | null };
}

/** Texels per row of a segment texture (SwiftShader and every WebGL 2 GPU allow 4096). */
const TEXTURE_WIDTH = 4096;

/** The GPU route layer. Give it data with {@link RouteLayer.setLevels}; move it with {@link RouteLayer.setTime}. */
export class RouteLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom';
  readonly renderingMode = '2d';
  private map: MapLibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private program: WebGLProgram | null = null;
  private uniforms: Partial<Record<(typeof UNIFORMS)[number], WebGLUniformLocation | null>> = {};
  /** Empty: the shader pulls its data from textures, but WebGL 2 draws with some vertex array bound. */
  private vao: WebGLVertexArrayObject | null = null;
  /** Triangles of the quads, [4i, 4i+1, 4i+2, 4i+2, 4i+1, 4i+3] per segment i: each corner is shaded once, not once per triangle. */
  private quadIndices: WebGLBuffer | null = null;
  private quadCapacity = 0;
  private levels: SegmentLevel[] = [];
  private gpuLevels: GpuLevel[] = [];
  private time = -Infinity;
  private selected = -1;
  private readonly cache = new FinishedRouteCache(linkProgram);
  private readonly palette: RoutePalette;

  /**
   * @param options - the layer id (the atlas's routes by default) and colours by style index
   *   (the legend's route styles by default; a user's own file has one colour)
   */
  constructor(options: { id?: string; palette?: RoutePalette } = {}) {
    this.id = options.id ?? LAYER.routesLine;
    this.palette = options.palette ?? routePalette();
  }

  /**
   * Replace the routes drawn (once, when data loads).
   * @param levels - from core/route_segments.ts `segmentLevels`; the last one (every vertex) is hit-tested
   */
  setLevels(levels: SegmentLevel[]): void {
    this.releaseLevels();
    this.levels = levels;
    this.gpuLevels = levels.map((level) => ({ level, textures: { data: null, byEnd: null } }));
    this.cache.invalidate();
    this.map?.triggerRepaint();
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
    const program = linkProgram(gl, VERTEX_SHADER, FRAGMENT_SHADER.replaceAll('STYLES', String(this.palette.count)));
    this.program = program;
    for (const name of UNIFORMS) this.uniforms[name] = gl.getUniformLocation(program, name);
    this.vao = gl.createVertexArray();
  }

  onRemove(): void {
    this.releaseLevels();
    this.cache.release(this.gl);
    this.gl?.deleteVertexArray(this.vao);
    this.gl?.deleteBuffer(this.quadIndices);
    this.quadIndices = null;
    this.quadCapacity = 0;
    this.gl?.deleteProgram(this.program);
    this.map = this.gl = this.program = this.vao = null;
  }

  private releaseLevels(): void {
    for (const g of this.gpuLevels) {
      this.gl?.deleteTexture(g.textures.data);
      this.gl?.deleteTexture(g.textures.byEnd);
      g.textures = { data: null, byEnd: null };
    }
  }

  /** The level's segment texture, created and uploaded on first use. */
  private textureOf(gl: WebGL2RenderingContext, g: GpuLevel, order: 'data' | 'byEnd'): WebGLTexture | null {
    const existing = g.textures[order];
    if (existing) return existing;
    const texels = g.level.buffer.count * (SEGMENT_FLOATS / 4);
    const height = Math.max(1, Math.ceil(texels / TEXTURE_WIDTH));
    const data = new Float32Array(TEXTURE_WIDTH * height * 4);
    data.set(g.level.buffer[order]);
    const texture = gl.createTexture();
    g.textures[order] = texture;
    gl.bindTexture(gl.TEXTURE_2D, texture);
    for (const parameter of [gl.TEXTURE_MIN_FILTER, gl.TEXTURE_MAG_FILTER]) gl.texParameteri(gl.TEXTURE_2D, parameter, gl.NEAREST);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, TEXTURE_WIDTH, height, 0, gl.RGBA, gl.FLOAT, data);
    return texture;
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    const map = this.map;
    if (!map || !this.program || gl2 !== this.gl) return;
    const zoom = map.getZoom();
    const level = levelAt(this.levels, zoom);
    const g = this.gpuLevels.find((x) => x.level === level);
    if (!level || !g) return;
    const hours = hoursInBuffer(level.buffer, this.time);
    const count = segmentsStartedBy(level.buffer, hours);
    if (count === 0) return;
    const ratio = map.getPixelRatio();
    const sizes = routeSizes(zoom);
    const u = this.uniforms;
    gl2.useProgram(this.program);
    gl2.bindVertexArray(this.vao);
    gl2.activeTexture(gl2.TEXTURE0);
    gl2.bindTexture(gl2.TEXTURE_2D, this.textureOf(gl2, g, 'data'));
    gl2.uniform1i(u.u_moving_only!, 0);
    gl2.uniform1i(u.u_segments!, 0);
    gl2.uniform1i(u.u_texture_width!, TEXTURE_WIDTH);
    const mainMatrix = options.defaultProjectionData.mainMatrix as Float32Array;
    gl2.uniformMatrix4fv(u.u_matrix!, false, mainMatrix);
    gl2.uniform2f(u.u_viewport!, gl2.drawingBufferWidth, gl2.drawingBufferHeight);
    gl2.uniform1f(u.u_time!, hours);
    gl2.uniform1f(u.u_world!, worldSize(map) * ratio);
    gl2.uniform1f(u.u_selected!, this.selected);
    gl2.uniform1f(u.u_tip!, sizes.tip * ratio);
    gl2.uniform1f(u.u_arrow!, sizes.arrow * ratio);
    gl2.uniform1f(u.u_pixel_ratio!, ratio);
    gl2.uniform1f(u.u_line_width!, sizes.line * ratio);
    const palette = this.palette;
    gl2.uniform3fv(u.u_colors!, palette.colors);
    gl2.uniform2fv(u.u_dashes!, palette.dashes);
    gl2.uniform4fv(u.u_casing!, premultiplied(CASING.color, CASING.opacity));
    gl2.uniform4fv(u.u_selected_casing!, premultiplied(SELECTED_CASING, 1));
    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    // Hairlines when dense: one line primitive per segment, no casing, dashes, tips or arrowheads.
    // Otherwise casings of every route, then the lines (so no casing covers a line), then tips and arrowheads.
    const passes: Pass[] = count > DENSE_SEGMENTS
      ? [{ pass: 3, half: 0, selectedHalf: 0 }]
      : [
          { pass: 0, half: sizes.casing / 2, selectedHalf: sizes.selectedCasing / 2 },
          { pass: 1, half: sizes.line / 2, selectedHalf: sizes.line / 2 },
          { pass: 2, half: 0, selectedHalf: 0 },
        ];
    if (count > CACHED_SEGMENTS && map.getPitch() === 0 && map.getBearing() === 0) this.renderCached(gl2, map, g, hours, mainMatrix, passes);
    else this.drawPasses(gl2, passes, 0, count);
    gl2.bindVertexArray(null);
  }

  /** Grow the quads' index buffer (bound in this layer's vertex array) to at least `count` segments. */
  private ensureQuadIndices(gl: WebGL2RenderingContext, count: number): void {
    if (count <= this.quadCapacity) return;
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(1024, count)));
    const indices = new Uint32Array(6 * capacity);
    for (let i = 0; i < capacity; i++) indices.set([4 * i, 4 * i + 1, 4 * i + 2, 4 * i + 2, 4 * i + 1, 4 * i + 3], 6 * i);
    this.quadIndices ??= gl.createBuffer();
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, this.quadIndices);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, indices, gl.STATIC_DRAW);
    this.quadCapacity = capacity;
  }

  /** Draw segments `[first, end)` of the bound texture in each pass. */
  private drawPasses(gl: WebGL2RenderingContext, passes: readonly Pass[], first: number, end: number): void {
    if (end <= first) return;
    const u = this.uniforms, ratio = this.map?.getPixelRatio() ?? 1;
    for (const { pass, half, selectedHalf } of passes) {
      gl.uniform1i(u.u_pass!, pass);
      gl.uniform1f(u.u_half!, half * ratio);
      gl.uniform1f(u.u_selected_half!, selectedHalf * ratio);
      if (pass === 3) gl.drawArrays(gl.LINES, 2 * first, 2 * (end - first));
      else {
        this.ensureQuadIndices(gl, end);
        gl.drawElements(gl.TRIANGLES, 6 * (end - first), gl.UNSIGNED_INT, 6 * first * 4);
      }
    }
  }

  /**
   * Finished segments from the cache's picture, then the segments in progress.
   * Expects this layer's program, vertex array and uniforms in place; leaves them so.
   */
  private renderCached(gl: WebGL2RenderingContext, map: MapLibreMap, g: GpuLevel, hours: number, mainMatrix: Float32Array, passes: readonly Pass[]): void {
    const u = this.uniforms;
    const buffer = g.level.buffer;
    const b = map.getBounds();
    const [west, north] = mercatorFromLngLat(b.getWest(), b.getNorth());
    const [east, south] = mercatorFromLngLat(b.getEast(), b.getSouth());
    // The picture depends on the level, the way routes are drawn and the selected route's casing.
    const key = `${this.gpuLevels.indexOf(g)}|${passes.length}|${this.selected}`;
    const view = { bounds: [west, north, east, south] as [number, number, number, number], width: gl.drawingBufferWidth, height: gl.drawingBufferHeight, zoom: map.getZoom(), key };
    this.cache.update(gl, view, hours, (h) => segmentsEndedBy(buffer, h), (first, end, matrix, width, height) => {
      gl.bindTexture(gl.TEXTURE_2D, this.textureOf(gl, g, 'byEnd'));
      gl.uniformMatrix4fv(u.u_matrix!, false, matrix);
      gl.uniform2f(u.u_viewport!, width, height);
      this.drawPasses(gl, passes, first, end);
    });
    this.cache.composite(gl, mainMatrix);
    gl.useProgram(this.program);
    gl.bindVertexArray(this.vao);
    gl.bindTexture(gl.TEXTURE_2D, this.textureOf(gl, g, 'data'));
    gl.uniformMatrix4fv(u.u_matrix!, false, mainMatrix);
    gl.uniform2f(u.u_viewport!, gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.uniform1i(u.u_moving_only!, 1);
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

function linkProgram(gl: WebGL2RenderingContext, vertexSource: string, fragmentSource: string): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [[gl.VERTEX_SHADER, vertexSource], [gl.FRAGMENT_SHADER, fragmentSource]] as const) {
    const shader = gl.createShader(type);
    if (!shader) throw new Error('the route layer could not create a shader');
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
    gl.deleteShader(shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
    throw new Error(`the route layer's shaders did not link: ${gl.getProgramInfoLog(program) ?? ''}`);
  }
  return program;
}
