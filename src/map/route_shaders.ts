/**
 * GLSL of the route layer (map/route_layer.ts) and of its cache of finished
 * routes (map/route_cache.ts), apart from their JavaScript. What the GLSL
 * shares with TypeScript is generated from the TypeScript: the segment
 * fields' texel and channel from core/route_segments.ts `SEGMENT`, the pass
 * numbers from {@link PASS}.
 */
import { SEGMENT, SEGMENT_FLOATS } from '../core/route_segments.ts';

/** The route layer's drawing passes (the shaders' `u_pass`). */
export const PASS = {
  /** The white (or, selected, yellow) casing under every route. */
  casing: 0,
  /** The line with its dash pattern. */
  line: 1,
  /** A dot at each moving tip, an arrowhead at each finished end. */
  ends: 2,
  /** One-pixel lines without casing, for many routes. */
  hairline: 3,
} as const;
/** A pass number of {@link PASS}. */
export type Pass = (typeof PASS)[keyof typeof PASS];

/** `const int PASS_CASING = 0;` and so on, from {@link PASS}. */
const PASS_GLSL = Object.entries(PASS).map(([name, value]) => `const int PASS_${name.toUpperCase()} = ${value};`).join('\n');

/** What the tip of a segment shows (`v_end`): nothing, a dot (in progress) or an arrowhead (a finished route's last segment). */
const END_GLSL = ['NONE', 'DOT', 'ARROW'].map((name, value) => `const int END_${name} = ${value};`).join('\n');

const TEXELS_PER_SEGMENT = SEGMENT_FLOATS / 4;

/**
 * A GLSL `struct Segment` with one float per field of `SEGMENT`, and `fetchSegment(i)`,
 * which reads segment i's texels from `u_segments` (rows of `u_texture_width`) and takes
 * each field from its texel and channel.
 */
const SEGMENT_GLSL = [
  `struct Segment { ${Object.keys(SEGMENT).map((name) => `float ${name};`).join(' ')} };`,
  'Segment fetchSegment(int segment) {',
  ...Array.from({ length: TEXELS_PER_SEGMENT }, (_, k) =>
    `  int i${k} = segment * ${TEXELS_PER_SEGMENT} + ${k};\n  vec4 texel${k} = texelFetch(u_segments, ivec2(i${k} % u_texture_width, i${k} / u_texture_width), 0);`),
  '  Segment s;',
  ...Object.entries(SEGMENT).map(([name, offset]) => `  s.${name} = texel${Math.floor(offset / 4)}.${'xyzw'[offset % 4]};`),
  '  return s;',
  '}',
].join('\n');

/** The segment shader: pulls its segment by gl_VertexID and cuts it at the time uniform. */
export const ROUTE_VERTEX_SHADER = `#version 300 es
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
uniform float u_line_width;
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

${PASS_GLSL}
${END_GLSL}

// Four corners per segment, two triangles by index (a line per segment for hairlines): x 0 = start end, 1 = far end; y = side.
const vec2 CORNERS[4] = vec2[4](vec2(0.0, -1.0), vec2(0.0, 1.0), vec2(1.0, -1.0), vec2(1.0, 1.0));

${SEGMENT_GLSL}

void main() {
  // No vertex attributes: each vertex fetches its segment from the float texture (gl_VertexID),
  // since instanced drawing costs ~10 µs per instance under SwiftShader.
  int perSegment = u_pass == PASS_HAIRLINE ? 2 : 4;
  int index = gl_VertexID / perSegment;
  int vertex = gl_VertexID - index * perSegment;
  vec2 corner = u_pass == PASS_HAIRLINE ? vec2(float(vertex), 0.0) : CORNERS[vertex];
  Segment s = fetchSegment(index);
  v_end = u_time < s.tb ? END_DOT : (s.last > 0.5 ? END_ARROW : END_NONE);
  if (u_time < s.ta || (u_pass == PASS_ENDS && v_end == END_NONE) || (u_moving_only == 1 && v_end != END_DOT)) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return; }
  float span = s.tb - s.ta;
  float f = span > 0.0 ? clamp((u_time - s.ta) / span, 0.0, 1.0) : 1.0;
  vec2 start = vec2(s.ax, s.ay);
  vec2 tip = mix(start, vec2(s.bx, s.by), f);
  vec4 ca = u_matrix * vec4(start, 0.0, 1.0);
  vec4 cb = u_matrix * vec4(tip, 0.0, 1.0);
  vec2 sa = ca.xy / ca.w * 0.5 * u_viewport;
  vec2 sb = cb.xy / cb.w * 0.5 * u_viewport;
  vec2 d = sb - sa;
  float len = length(d);
  vec2 dir = len > 1e-3 ? d / len : vec2(1.0, 0.0);
  vec2 normal = vec2(-dir.y, dir.x);
  v_chosen = abs(s.route - u_selected) < 0.5 ? 1 : 0;
  // A route wider by people carried widens its line and its casing alike (the casing keeps its margin).
  float wider = u_pass == PASS_CASING || u_pass == PASS_LINE ? (s.width - 1.0) * 0.5 * u_line_width : 0.0;
  v_half = (v_chosen == 1 ? u_selected_half : u_half) + wider;
  vec2 p;
  if (u_pass == PASS_HAIRLINE) {
    p = corner.x < 0.5 ? sa : sb;
  } else if (u_pass == PASS_ENDS) {
    // A square around the tip, just big enough for the dot or the arrowhead and its halo.
    float reach = (v_end == END_DOT ? u_tip : u_arrow) + 3.0;
    p = sb + (dir * (corner.x * 2.0 - 1.0) + normal * corner.y) * reach;
  } else {
    float reach = v_half + 1.0;
    p = (corner.x < 0.5 ? sa - dir * reach : sb + dir * reach) + normal * corner.y * reach;
  }
  v_local = vec2(dot(p - sa, dir), dot(p - sa, normal));
  v_len = len;
  v_along = s.along * u_world;
  v_style = int(s.style + 0.5);
  gl_Position = vec4(p / (0.5 * u_viewport), 0.0, 1.0);
}`;

/** Capsules, dashes, tip dots and arrowheads by pass; `STYLES` is replaced by the palette's size. */
export const ROUTE_FRAGMENT_SHADER = `#version 300 es
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
${PASS_GLSL}
${END_GLSL}

// Signed distance to the arrowhead, in pixels: negative inside. Local frame: x along the route from its end.
float arrowDistance(vec2 p) {
  float back = -0.45 * u_arrow, front = 0.55 * u_arrow;
  float side = (front - p.x) * 0.5 - abs(p.y);
  return -min(min(p.x - back, front - p.x), side * 0.894);
}

void main() {
  vec3 rgb = u_colors[v_style];
  vec4 color;
  if (u_pass == PASS_HAIRLINE) {
    color = vec4(rgb, 1.0);
  } else if (u_pass == PASS_ENDS) {
    vec2 atEnd = v_local - vec2(v_len, 0.0);
    float ring = 2.0 * u_pixel_ratio;
    if (v_end == END_DOT) {
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
    if (u_pass == PASS_CASING) {
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

/** The cache's picture on a quad over its bounds (map/route_cache.ts). */
export const CACHE_VERTEX_SHADER = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec4 u_bounds;
out vec2 v_uv;
const vec2 CORNERS[6] = vec2[6](vec2(0.0, 0.0), vec2(1.0, 0.0), vec2(0.0, 1.0), vec2(0.0, 1.0), vec2(1.0, 0.0), vec2(1.0, 1.0));
void main() {
  vec2 c = CORNERS[gl_VertexID];
  // Texture row 0 is the south edge (clip y -1 when the cache was drawn).
  v_uv = vec2(c.x, 1.0 - c.y);
  gl_Position = u_matrix * vec4(mix(u_bounds.xy, u_bounds.zw, c), 0.0, 1.0);
}`;

/** The cache's picture as it is (premultiplied, blended by the caller's state). */
export const CACHE_FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform sampler2D u_picture;
in vec2 v_uv;
out vec4 fragColor;
void main() {
  fragColor = texture(u_picture, v_uv);
}`;

/**
 * Issue the compile and link of a program without asking how it went: asking waits for the
 * GPU process (under SwiftShader 50-200 ms while a page loads), so {@link finishLink} asks later.
 * @returns the program, not yet checked
 */
export function startLink(gl: WebGL2RenderingContext, vertexSource: string, fragmentSource: string): WebGLProgram {
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
  return program;
}

/**
 * Check a program from {@link startLink}; a failed link throws with its log (which holds compile errors).
 * @returns the same program
 */
export function finishLink(gl: WebGL2RenderingContext, program: WebGLProgram): WebGLProgram {
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
    throw new Error(`the route layer's shaders did not link: ${gl.getProgramInfoLog(program) ?? ''}`);
  }
  return program;
}

/**
 * Compile and link a program and check it.
 * @returns the linked program
 */
export function linkProgram(gl: WebGL2RenderingContext, vertexSource: string, fragmentSource: string): WebGLProgram {
  return finishLink(gl, startLink(gl, vertexSource, fragmentSource));
}
