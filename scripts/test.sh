#!/usr/bin/env bash
# The whole test suite: data validation, unit tests in Node and browser tests
# in Debian's Chromium. Prints `tests: N passed, N failed` last.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure_chromium.sh || exit 1

# The type check and the lint count as one test each: either failing fails the run like a failing test.
echo "type check (tsc --noEmit)..."
npx tsc --noEmit -p .
typecheck=$?
echo "lint (npm run lint: layering, unused code and dependencies)..."
npm run --silent lint
lint=$?

report=$(mktemp)
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
status=$?
node -e '
  const fs = require("fs");
  const typecheckFailed = process.argv[2] !== "0";
  const lintFailed = process.argv[3] !== "0";
  let r = {};
  try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch {}
  if (!r.numTotalTests) console.log("no test ran: see the output above");
  if (typecheckFailed) console.log("type check failed: see the tsc output above");
  if (lintFailed) console.log("lint failed: see the npm run lint output above");
  const own = [typecheckFailed, lintFailed];
  const passed = (r.numPassedTests ?? 0) + own.filter((f) => !f).length;
  const failed = (r.numFailedTests ?? 0) + own.filter((f) => f).length;
  console.log(`tests: ${passed} passed, ${failed} failed`);
' "$report" "$typecheck" "$lint"
rm -f "$report"
[[ $typecheck -eq 0 && $lint -eq 0 ]] || exit 1
exit $status
