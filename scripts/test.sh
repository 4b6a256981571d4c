#!/usr/bin/env bash
# The whole test suite: data validation, unit tests in Node and browser tests
# in Debian's Chromium. Prints `tests: N passed, N failed` last.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure_chromium.sh || exit 1

# The type check counts as one test: a type error fails the run like a failing test.
echo "type check (tsc --noEmit)..."
npx tsc --noEmit -p .
typecheck=$?

report=$(mktemp)
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
status=$?
node -e '
  const fs = require("fs");
  const typecheckFailed = process.argv[2] !== "0";
  let r = {};
  try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch {}
  if (!r.numTotalTests) console.log("no test ran: see the output above");
  if (typecheckFailed) console.log("type check failed: see the tsc output above");
  const passed = (r.numPassedTests ?? 0) + (typecheckFailed ? 0 : 1);
  const failed = (r.numFailedTests ?? 0) + (typecheckFailed ? 1 : 0);
  console.log(`tests: ${passed} passed, ${failed} failed`);
' "$report" "$typecheck"
rm -f "$report"
[[ $typecheck -eq 0 ]] || exit 1
exit $status
