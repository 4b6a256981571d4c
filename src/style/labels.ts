/**
 * The place label as a MapLibre expression, built from the same tag order as
 * core/names.ts so the map and the DOM lists agree.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { nameLines, type NameMode, type NameTag, type ScriptMode } from '../core/names.ts';

/**
 * `coalesce` over the tags, ending in "" so a line is always a string. Missing
 * and null tags fall through; the schema rules out empty strings.
 */
function lineExpression(tags: readonly NameTag[]): ExpressionSpecification {
  return ['coalesce', ...tags.map((tag): ExpressionSpecification => ['get', tag]), ''] as ExpressionSpecification;
}

/**
 * The `text-field` of `places_label` for a name mode and script.
 * Lines that repeat an earlier line (a Hokkaido town with no Russian name) are dropped.
 * @param names - name mode
 * @param script - script mode
 * @returns an expression evaluating to the label, lines separated by "\n"
 * @example map.setLayoutProperty('places_label', 'text-field', labelExpression('modern', 'latin'))
 */
export function labelExpression(names: NameMode, script: ScriptMode): ExpressionSpecification {
  const lines = nameLines(names, script).map(lineExpression);
  let label = lines[0] ?? (['to-string', ''] as ExpressionSpecification);
  for (const line of lines.slice(1)) label = joinUnique(label, line);
  return label;
}

/**
 * `label + "\n" + line` unless line is empty or already one of label's lines.
 * `let` keeps each line evaluated once.
 */
function joinUnique(label: ExpressionSpecification, line: ExpressionSpecification): ExpressionSpecification {
  return [
    'let', 'label', label, 'line', line,
    ['case',
      ['==', ['var', 'line'], ''], ['var', 'label'],
      ['==', ['var', 'label'], ''], ['var', 'line'],
      ['in', ['concat', '\n', ['var', 'line'], '\n'], ['concat', '\n', ['var', 'label'], '\n']], ['var', 'label'],
      ['concat', ['var', 'label'], '\n', ['var', 'line']],
    ],
  ];
}
