/**
 * The routes as one custom WebGL layer, drawn from a time uniform (the idea
 * of deck.gl's TripsLayer): every segment knows when its ends are reached
 * (core/route_segments.ts), and the vertex shader cuts the segment in progress
 * at the current time. Moving the clock is a uniform and a repaint: no
 * GeoJSON setData, no worker, no re-tiling (bench: the former GeoJSON layers
 * re-tiled 90 tiles/s while playing and drew 10,000 routes at 0.7 fps).
 *
 * One instanced quad per segment, shaded as a capsule (round caps and joins,
 * anti-aliased edges), in two passes: the white casing of all routes, then
 * the lines with their dash pattern, a dot at each moving tip and an
 * arrowhead at each finished end.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import {
  hoursInBuffer, mercatorFromLngLat, routeIndexNear, SEGMENT_FLOATS, segmentsStartedBy, type SegmentBuffer,
} from '../core/route_segments.ts';
import { LAYER } from '../style/ids.ts';
import { rgbFromHex, routePalette, routeSizes } from '../style/route_styles.ts';

const VERTEX_SHADER = `#version 300 es
precision highp float;
layout(location = 0) in vec2 a_corner;
layout(location = 1) in vec4 a_ends;
layout(location = 2) in vec2 a_times;
layout(location = 3) in vec4 a_meta;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_time;
uniform float u_world;
uniform float u_half;
uniform float u_selected_half;
uniform float u_selected;
uniform float u_tip;
uniform float u_arrow;
out vec2 v_local;
out float v_len;
out float v_along;
flat out float v_half;
flat out int v_style;
flat out int v_end;
flat out int v_chosen;

void main() {
  if (u_time < a_times.x) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return; }
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
  // 1 = a moving tip (dot), 2 = a finished route's end (arrowhead), 0 = neither.
  v_end = u_time < a_times.y ? 1 : (a_meta.z > 0.5 ? 2 : 0);
  v_chosen = abs(a_meta.w - u_selected) < 0.5 ? 1 : 0;
  v_half = v_chosen == 1 ? u_selected_half : u_half;
  float endReach = max(v_half, v_end == 1 ? u_tip : (v_end == 2 ? u_arrow : 0.0)) + 1.5;
  float startReach = v_half + 1.5;
  vec2 p = a_corner.x < 0.5 ? sa - dir * startReach : sb + dir * endReach;
  p += normal * a_corner.y * max(startReach, endReach);
  v_local = vec2(dot(p - sa, dir), dot(p - sa, normal));
  v_len = len;
  v_along = a_meta.x * u_world;
  v_style = int(a_meta.y + 0.5);
  gl_Position = vec4(p / (0.5 * u_viewport), 0.0, 1.0);
}`;

const FRAGMENT_SHADER = `#version 300 es
precision highp float;
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
  float t = clamp(v_local.x, 0.0, v_len);
  float dist = length(v_local - vec2(t, 0.0));
  vec2 atEnd = v_local - vec2(v_len, 0.0);
  vec4 color = vec4(0.0);
  if (u_pass == 0) {
    float a = clamp(v_half + 0.5 - dist, 0.0, 1.0);
    if (v_end == 2) a = max(a, clamp(0.5 - arrowDistance(atEnd) + 1.5 * u_pixel_ratio, 0.0, 1.0));
    color = (v_chosen == 1 ? u_selected_casing : u_casing) * a;
  } else {
    vec3 rgb = u_colors[v_style];
    float a = clamp(v_half + 0.5 - dist, 0.0, 1.0);
    vec2 dash = u_dashes[v_style] * u_line_width;
    if (dash.x > 0.0 && mod(v_along + t, dash.x + dash.y) > dash.x) a = 0.0;
    color = vec4(rgb, 1.0) * a;
    if (v_end == 1) {
      float r = length(atEnd);
      float ring = 2.0 * u_pixel_ratio;
      float disc = clamp(u_tip + 0.5 - r, 0.0, 1.0);
      float inner = clamp(u_tip - ring + 0.5 - r, 0.0, 1.0);
      vec4 dot = vec4(mix(vec3(1.0), rgb, inner), 1.0) * disc;
      color = dot + color * (1.0 - dot.a);
    } else if (v_end == 2) {
      float head = clamp(0.5 - arrowDistance(atEnd), 0.0, 1.0);
      color = vec4(rgb, 1.0) * head + color * (1.0 - head);
    }
  }
  if (color.a <= 0.0) discard;
  fragColor = color;
}`;

/** Casing colour and opacity (premultiplied in the shader's blend). */
const CASING = { color: '#ffffff', opacity: 0.85 };
const SELECTED_CASING = '#ffd600';

/** Uniform names, looked up once. */
const UNIFORMS = [
  'u_matrix', 'u_viewport', 'u_time', 'u_world', 'u_half', 'u_selected_half', 'u_selected', 'u_tip', 'u_arrow',
  'u_pass', 'u_colors', 'u_dashes', 'u_casing', 'u_selected_casing', 'u_line_width', 'u_pixel_ratio',
] as const;

/** The GPU route layer. Give it data with {@link RouteLayer.setSegments}; move it with {@link RouteLayer.setTime}. */
export class RouteLayer implements CustomLayerInterface {
  readonly id = LAYER.routesLine;
  readonly type = 'custom';
  readonly renderingMode = '2d';
  private map: MapLibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private program: WebGLProgram | null = null;
  private uniforms: Partial<Record<(typeof UNIFORMS)[number], WebGLUniformLocation | null>> = {};
  private vao: WebGLVertexArrayObject | null = null;
  private corners: WebGLBuffer | null = null;
  private instances: WebGLBuffer | null = null;
  private segments: SegmentBuffer = { data: new Float32Array(0), count: 0, originMs: 0, routeIds: [] };
  private uploaded = true;
  private time = -Infinity;
  private selected = -1;

  /** Replace the routes drawn (once, when data loads). */
  setSegments(segments: SegmentBuffer): void {
    this.segments = segments;
    this.uploaded = false;
    this.map?.triggerRepaint();
  }

  /**
   * The route drawn under a point of the map, for clicks (a custom layer has no queryRenderedFeatures).
   * @param point - pixels from the map's top left
   * @param tolerancePx - how far from the line still hits
   * @returns the route id, or null
   */
  routeAt(point: PointLike, tolerancePx = 8): string | null {
    const map = this.map;
    if (!map || this.segments.count === 0) return null;
    const { lng, lat } = map.unproject(point);
    const [x, y] = mercatorFromLngLat(lng, lat);
    const index = routeIndexNear(this.segments, x, y, tolerancePx / worldSize(map), hoursInBuffer(this.segments, this.time));
    return this.segments.routeIds[index] ?? null;
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
    const index = id === null ? -1 : this.segments.routeIds.indexOf(id);
    if (index === this.selected) return;
    this.selected = index;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    if (!('createVertexArray' in gl)) throw new Error('the route layer needs WebGL 2');
    this.map = map;
    this.gl = gl;
    const program = linkProgram(gl, VERTEX_SHADER, FRAGMENT_SHADER.replaceAll('STYLES', String(routePalette().count)));
    this.program = program;
    for (const name of UNIFORMS) this.uniforms[name] = gl.getUniformLocation(program, name);
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    this.corners = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.corners);
    // Triangle strip: start end (x 0) and far end (x 1), each on both sides (y ∓1).
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([0, -1, 0, 1, 1, -1, 1, 1]), gl.STATIC_DRAW);
    gl.enableVertexAttribArray(0);
    gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
    this.instances = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.instances);
    const stride = SEGMENT_FLOATS * 4;
    // a_ends (ax, ay, bx, by), a_times (ta, tb), a_meta (along, style, last, route).
    for (const [location, size, offset] of [[1, 4, 0], [2, 2, 4], [3, 4, 6]] as const) {
      gl.enableVertexAttribArray(location);
      gl.vertexAttribPointer(location, size, gl.FLOAT, false, stride, offset * 4);
      gl.vertexAttribDivisor(location, 1);
    }
    gl.bindVertexArray(null);
    this.uploaded = false;
  }

  onRemove(_map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    const gl2 = gl as WebGL2RenderingContext;
    gl2.deleteBuffer(this.corners);
    gl2.deleteBuffer(this.instances);
    gl2.deleteVertexArray(this.vao);
    gl2.deleteProgram(this.program);
    this.map = this.gl = this.program = this.vao = this.corners = this.instances = null;
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    const map = this.map;
    if (!map || !this.program || gl2 !== this.gl) return;
    if (!this.uploaded) {
      gl2.bindBuffer(gl2.ARRAY_BUFFER, this.instances);
      gl2.bufferData(gl2.ARRAY_BUFFER, this.segments.data, gl2.STATIC_DRAW);
      this.uploaded = true;
    }
    const hours = hoursInBuffer(this.segments, this.time);
    const count = segmentsStartedBy(this.segments, hours);
    if (count === 0) return;
    const ratio = map.getPixelRatio();
    const sizes = routeSizes(map.getZoom());
    const u = this.uniforms;
    gl2.useProgram(this.program);
    gl2.bindVertexArray(this.vao);
    gl2.uniformMatrix4fv(u.u_matrix!, false, options.defaultProjectionData.mainMatrix as Float32Array);
    gl2.uniform2f(u.u_viewport!, gl2.drawingBufferWidth, gl2.drawingBufferHeight);
    gl2.uniform1f(u.u_time!, hours);
    gl2.uniform1f(u.u_world!, worldSize(map) * ratio);
    gl2.uniform1f(u.u_selected!, this.selected);
    gl2.uniform1f(u.u_tip!, sizes.tip * ratio);
    gl2.uniform1f(u.u_arrow!, sizes.arrow * ratio);
    gl2.uniform1f(u.u_pixel_ratio!, ratio);
    gl2.uniform1f(u.u_line_width!, sizes.line * ratio);
    const palette = routePalette();
    gl2.uniform3fv(u.u_colors!, palette.colors);
    gl2.uniform2fv(u.u_dashes!, palette.dashes);
    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    // Pass 0: casings of every route under pass 1: the lines, so no casing covers a line.
    gl2.uniform1i(u.u_pass!, 0);
    gl2.uniform1f(u.u_half!, (sizes.casing / 2) * ratio);
    gl2.uniform1f(u.u_selected_half!, (sizes.selectedCasing / 2) * ratio);
    gl2.uniform4fv(u.u_casing!, premultiplied(CASING.color, CASING.opacity));
    gl2.uniform4fv(u.u_selected_casing!, premultiplied(SELECTED_CASING, 1));
    gl2.drawArraysInstanced(gl2.TRIANGLE_STRIP, 0, 4, count);
    gl2.uniform1i(u.u_pass!, 1);
    gl2.uniform1f(u.u_half!, (sizes.line / 2) * ratio);
    gl2.uniform1f(u.u_selected_half!, (sizes.line / 2) * ratio);
    gl2.drawArraysInstanced(gl2.TRIANGLE_STRIP, 0, 4, count);
    gl2.bindVertexArray(null);
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
