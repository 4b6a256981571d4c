#!/usr/bin/env bash
# The whole test suite: data validation, unit tests in Node and browser tests
# in Debian's Chromium. Prints `tests: N passed, N failed` last.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure_chromium.sh || exit 1

report=$(mktemp)
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
status=$?
node -e '
  const fs = require("fs");
  let r = {};
  try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch {}
  if (!r.numTotalTests) console.log("no test ran: see the output above");
  console.log(`tests: ${r.numPassedTests ?? 0} passed, ${r.numFailedTests ?? 0} failed`);
' "$report"
rm -f "$report"
exit $status
