/**
 * GLSL of the route layer (map/route_layer.ts), apart from its JavaScript:
 * the passes are 0 casing, 1 line, 2 tips and arrowheads, 3 hairline.
 */

/** The segment shader: pulls its segment by gl_VertexID and cuts it at the time uniform. */
export const VERTEX_SHADER = `#version 300 es
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

/** Capsules, dashes, tip dots and arrowheads by pass; `STYLES` is replaced by the palette's size. */
export const FRAGMENT_SHADER = `#version 300 es
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
