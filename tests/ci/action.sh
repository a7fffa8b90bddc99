#!/usr/bin/env bash
# Runs the GitHub Action's script (.github/action/run.sh) as a runner would, without GitHub:
# temporary GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_PATH, RUNNER_TEMP and a fixture workspace,
# then checks the outputs, the annotations, the job summary, the SARIF paths and the problem matcher.
#
#   tests/ci/action.sh PACKAGES   PACKAGES: a folder holding the packed Plimsoll.Cli .nupkg
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PACKAGES="$(cd "${1:?usage: action.sh PACKAGES_DIR}" && pwd)"
RUN="$REPO/.github/action/run.sh"
VERSION="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$REPO/Directory.Build.props" | head -n 1)"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
export GITHUB_ACTION_PATH="$REPO" RUNNER_OS=Linux RUNNER_ARCH=X64 NO_COLOR=1

failures=0
pass() { echo "  ok: $1"; }
fail() { echo "  FAIL: $1" >&2; failures=$((failures + 1)); }
expect_eq() { if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: expected '$3', got '$2'"; fi; }
expect_in() { if grep -qF -- "$3" "$2"; then pass "$1"; else fail "$1: '$3' not in $2"; fi; }
check() { local what="$1"; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
not() { ! "$@"; }
expect_not_in() { if grep -qF -- "$3" "$2"; then fail "$1: '$3' in $2"; else pass "$1"; fi; }

# A fresh runner for one step: its files, and no inputs left over from the previous one.
runner() {
  local dir="$T/runs/$1"
  mkdir -p "$dir/temp"
  : >"$dir/output"; : >"$dir/summary"; : >"$dir/path"
  export RUNNER_TEMP="$dir/temp" GITHUB_OUTPUT="$dir/output" GITHUB_STEP_SUMMARY="$dir/summary" GITHUB_PATH="$dir/path"
  unset "${!INPUT_@}"
  STEP="$dir"
}

# One output of the last step: name=value, or name<<DELIMITER ... DELIMITER.
out() {
  awk -v k="$1" '
    d != "" { if ($0 == d) { d = ""; next } if (mine) print; next }
    /^[A-Za-z0-9_-]+<</ { i = index($0, "<<"); d = substr($0, i + 2); mine = (substr($0, 1, i - 1) == k); next }
    { i = index($0, "="); if (substr($0, 1, i - 1) == k) print substr($0, i + 1) }' "$GITHUB_OUTPUT"
}

# Runs run.sh COMMAND in the current runner; the exit code lands in $code, stdout in $STEP/stdout.
step() {
  set +e
  bash "$RUN" "$@" >"$STEP/stdout" 2>"$STEP/stderr"
  code=$?
  set -e
}

echo "== action.yml: inputs reach the script as environment variables only"
A="$REPO/action.yml"
check "no run: step holds a \${{ }} expression" not grep -qE '^[[:space:]]*run:.*\$\{\{' "$A"
check "no multi-line run: blocks (each step calls run.sh)" not grep -qE '^[[:space:]]*run:[[:space:]]*[|>]' "$A"
while IFS= read -r input; do
  check "input $input is used" grep -qE "inputs\.$input([^a-z-]|$)" "$A"
done < <(awk '/^inputs:/ { on = 1; next } /^[a-z]/ { on = 0 } on && /^  [a-z-]+:$/ { sub(/^  /, ""); sub(/:$/, ""); print }' "$A")
while IFS= read -r var; do
  input="$(printf '%s' "${var#INPUT_}" | tr '[:upper:]_' '[:lower:]-')"
  check "$var is set from inputs.$input" grep -qF "$var: \${{ inputs.$input }}" "$A"
done < <(grep -oE 'INPUT_[A-Z_]+' "$RUN" | sort -u)

echo "== install from the action's own source"
runner source
export INPUT_FROM_SOURCE=true
step resolve
expect_eq "resolve exits 0" "$code" 0
TOOL_DIR="$(out tool-dir)"
expect_eq "version is Directory.Build.props'" "$(out version)" "$VERSION"
case "$(out cache-key)" in
  "plimsoll-Linux-X64-source-$VERSION-"?*) pass "cache key names the OS, the version and the sources' hash" ;;
  *) fail "cache key: $(out cache-key)" ;;
esac
expect_in "the tool folder goes on PATH for later steps" "$GITHUB_PATH" "$TOOL_DIR"
PLIMSOLL_TOOL_DIR="$TOOL_DIR" PLIMSOLL_VERSION="$VERSION" step install
expect_eq "install exits 0" "$code" 0
expect_eq "the installed tool reports its version" "$("$TOOL_DIR/plimsoll" --version)" "plimsoll $VERSION"
PLIMSOLL_TOOL_DIR="$TOOL_DIR" PLIMSOLL_VERSION="$VERSION" step install
expect_in "a second install (a cache hit) keeps the tool" "$STEP/stdout" "already in"
export PLIMSOLL_TOOL_DIR="$TOOL_DIR"

echo "== install from a NuGet feed (the workspace's nuget.config names a local one)"
runner nuget
NUGET_WS="$T/nuget-ws"
mkdir -p "$NUGET_WS"
printf '<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' "$PACKAGES" >"$NUGET_WS/nuget.config"
step resolve
expect_eq "cache key for a NuGet version" "$(out cache-key)" "plimsoll-Linux-X64-nuget-$VERSION"
NUGET_DIR="$(out tool-dir)"
(cd "$NUGET_WS" && PLIMSOLL_TOOL_DIR="$NUGET_DIR" PLIMSOLL_VERSION="$VERSION" bash "$RUN" install >"$STEP/stdout" 2>&1) && code=0 || code=$?
expect_eq "install from the feed exits 0" "$code" 0
expect_eq "--version of the tool from the feed" "$("$NUGET_DIR/plimsoll" --version)" "plimsoll $VERSION"

echo "== lint a fixture workspace from a subfolder"
# Severities come from configuration so that every level is exercised whatever rules are added later:
# 13 errors, 13 warnings, 12 info, 1 style in 14 files.
WS="$T/ws"
mkdir -p "$WS/docker/legacy" "$WS/docker/a b,c"
printf 'select: [PL3001, PL4004, PL4002]\nrules:\n  PL3001: error\n  PL4002: info\n' >"$WS/docker/.plimsoll.yaml"
printf 'select: [PL3001, PL4004]\nrules:\n  PL3001: error\n  PL4004: style\n' >"$WS/docker/legacy/.plimsoll.yaml"
for i in 01 02 03 04 05 06 07 08 09 10 11 12; do
  mkdir -p "$WS/docker/svc$i"
  printf "FROM python:3.12\nENV PATH=/root/.local:\$PATH\nCMD [\"python\", \"\"]\n" >"$WS/docker/svc$i/Dockerfile"
done
printf 'FROM python:3.12\nCMD ["python", ""]\n' >"$WS/docker/legacy/Dockerfile"
printf 'FROM python:3.12\nUSER app\nCMD ["python", ""]\n' >"$WS/docker/a b,c/Dockerfile"
export GITHUB_WORKSPACE="$WS" GITHUB_SERVER_URL=https://github.example GITHUB_REPOSITORY=acme/app GITHUB_SHA=0123abcd

runner lint
export INPUT_WORKING_DIRECTORY=docker INPUT_SUMMARY_LIMIT=5
step lint
expect_eq "step exit code (findings at the default threshold)" "$code" 1
expect_eq "exit-code output" "$(out exit-code)" 1
expect_eq "error-count" "$(out error-count)" 13
expect_eq "warning-count" "$(out warning-count)" 13
expect_eq "info-count" "$(out info-count)" 12
expect_eq "style-count" "$(out style-count)" 1
expect_eq "finding-count" "$(out finding-count)" 39
expect_eq "file-count" "$(out file-count)" 14
SARIF="$(out sarif-file)"
expect_eq "sarif-file defaults to the runner's temp folder" "$SARIF" "$RUNNER_TEMP/plimsoll-run/plimsoll.sarif"
check "the SARIF file is written" [ -s "$SARIF" ]

for level in error warning notice; do
  expect_eq "$level annotations capped at 10" "$(grep -c "^::$level file=" "$STEP/stdout")" 10
done
# The annotations are the tool's own GitHub format, run from the repository root, cut to 10 per level.
(cd "$WS" && "$TOOL_DIR/plimsoll" --format github --no-fail docker) >"$T/github-format"
for level in error warning notice; do
  grep "^::$level file=" "$T/github-format" | head -n 10 >"$T/want-$level"
  grep "^::$level file=" "$STEP/stdout" >"$T/got-$level" || true
  if cmp -s "$T/want-$level" "$T/got-$level"; then pass "$level annotations equal plimsoll --format github's first 10"; else
    fail "$level annotations differ from plimsoll --format github"; diff "$T/want-$level" "$T/got-$level" >&2 || true; fi
done
expect_in "a comma in a path is escaped in annotations" "$STEP/stdout" "file=docker/a b%2Cc/Dockerfile,"
expect_in "the log says where the rest went" "$STEP/stdout" "9 more findings are listed in the job summary"
expect_eq "the matcher is registered last, for later steps" "$(tail -n 1 "$STEP/stdout")" "::add-matcher::$REPO/.github/action/plimsoll-matcher.json"
expect_in "an earlier matcher is removed before the tool prints" "$STEP/stdout" "::remove-matcher owner=plimsoll::"

S="$GITHUB_STEP_SUMMARY"
expect_in "summary heading" "$S" "## Plimsoll"
expect_in "summary counts" "$S" "**39 findings** (13 errors, 13 warnings, 12 info, 1 style) in 14 of 14 files. Exit code 1."
expect_in "summary by rule: PL4004" "$S" "| PL4004 | \`empty-exec-argument\` | warning, style | 14 |"
expect_in "summary by rule: PL3001" "$S" "| PL3001 | \`runs-as-root\` | error | 13 |"
expect_in "summary by rule: PL4002" "$S" "| PL4002 | \`local-bin-not-on-path\` | info | 12 |"
expect_in "summary links to the file and line at the commit" "$S" "[docker/svc01/Dockerfile:2](https://github.example/acme/app/blob/0123abcd/docker/svc01/Dockerfile#L2)"
expect_in "summary links encode the path" "$S" "(https://github.example/acme/app/blob/0123abcd/docker/a%20b%2Cc/Dockerfile#L3)"
expect_in "summary lists the first summary-limit findings" "$S" "The first 5 of 39 findings; the SARIF and JSON reports hold them all."
expect_in "summary lists what was not annotated" "$S" "so these 9 findings appear only here:"
rows_after_not_annotated="$(awk '/^### Not annotated/ { on = 1; next } /^### / { on = 0 } on && /^\| (error|warning|info|style) \|/' "$S" | wc -l)"
expect_eq "the not-annotated table has one row per dropped annotation" "$rows_after_not_annotated" 9

check "SARIF paths are relative to the repository root" node - "$SARIF" "$WS" <<'EOF'
const sarif = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const uris = [];
for (const run of sarif.runs) for (const r of run.results) for (const l of r.locations) uris.push(l.physicalLocation.artifactLocation.uri);
if (uris.length !== 39) throw new Error(`expected 39 results, got ${uris.length}`);
const bad = uris.filter((u) => !u.startsWith('docker/'));
if (bad.length) throw new Error(`not under docker/: ${bad.join(', ')}`);
const root = sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri;
if (root !== 'file://' + process.argv[3] + '/') throw new Error(`%SRCROOT% is ${root}`);
EOF

# With the shared tools at hand (.ci/run sets PLIMSOLL_SHARED), the re-rooted SARIF is held to the
# SARIF schema and code scanning's ingestion rules.
if [ -f "${PLIMSOLL_SHARED:-}/tools/validate-sarif.sh" ]; then
  bash "$PLIMSOLL_SHARED/tools/validate-sarif.sh" "$SARIF" >"$T/validate-sarif" 2>&1 || true
  check "the re-rooted SARIF passes validate-sarif: $(tail -n 1 "$T/validate-sarif")" grep -q ': PASS' "$T/validate-sarif"
fi

# The problem matcher, held to the runner's own rules, must read every finding line of the text log.
check "the problem matcher reads every finding of the text format" \
  node - "$REPO/.github/action/plimsoll-matcher.json" "$STEP/stdout" "$(out report-file)" <<'EOF'
const fs = require('fs');
const [matcherFile, logFile, reportFile] = process.argv.slice(2);
const { problemMatcher } = JSON.parse(fs.readFileSync(matcherFile, 'utf8'));
const owners = new Set();
const found = [];
const lines = fs.readFileSync(logFile, 'utf8').split('\n');
for (const m of problemMatcher) {
  if (!m.owner || owners.has(m.owner.toLowerCase())) throw new Error('owners must be present and distinct');
  owners.add(m.owner.toLowerCase());
  if (!['', 'error', 'warning', 'notice'].includes((m.severity || '').toLowerCase())) throw new Error(`bad default severity ${m.severity}`);
  if (m.pattern.length !== 1) throw new Error('single-line patterns expected');
  const p = m.pattern[0];
  const re = new RegExp(p.regexp);
  const groups = new RegExp(p.regexp + '|').exec('').length;
  for (const k of ['file', 'line', 'column', 'severity', 'code', 'message']) {
    if (p[k] !== undefined && (p[k] < 0 || p[k] >= groups)) throw new Error(`${m.owner}: ${k} out of range`);
  }
  if (p.message === undefined) throw new Error(`${m.owner}: no message`);
  for (const line of lines) {
    const g = re.exec(line);
    if (g) found.push(`${g[p.file]}|${g[p.line]}|${g[p.column]}|${p.severity ? g[p.severity] : m.severity}|${g[p.code]}|${g[p.message]}`);
  }
}
const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
const level = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' };
const want = [];
for (const f of report.files) for (const x of f.findings) want.push(`${f.path}|${x.line}|${x.column}|${level[x.severity]}|${x.id}|${x.message}`);
found.sort(); want.sort();
if (JSON.stringify(found) !== JSON.stringify(want)) {
  throw new Error(`matched ${found.length} lines, want ${want.length}:\n${found.join('\n')}\n--\n${want.join('\n')}`);
}
EOF

echo "== no-fail, a threshold, another format to a file, annotations and summary off"
runner nofail
export INPUT_WORKING_DIRECTORY=docker INPUT_NO_FAIL=true INPUT_ANNOTATIONS=off INPUT_SUMMARY=false
export INPUT_FORMAT=checkstyle INPUT_OUTPUT_FILE=checkstyle.xml INPUT_SARIF_FILE=off INPUT_FAILURE_THRESHOLD=error
step lint
expect_eq "no-fail: the step passes" "$code" 0
expect_eq "no-fail: exit-code still says findings" "$(out exit-code)" 1
expect_eq "sarif-file off: no SARIF output" "$(out sarif-file)" ""
expect_eq "annotations off: no annotations" "$(grep -c '^::\(error\|warning\|notice\) ' "$STEP/stdout" || true)" 0
expect_not_in "annotations off: no matcher registered" "$STEP/stdout" "::add-matcher::"
expect_eq "summary off: nothing written" "$(wc -c <"$GITHUB_STEP_SUMMARY")" 0
expect_in "output-file: the format is written there" "$WS/docker/checkstyle.xml" "<checkstyle"
rm -f "$WS/docker/checkstyle.xml"

runner threshold
export INPUT_WORKING_DIRECTORY=docker/legacy INPUT_FAILURE_THRESHOLD=none INPUT_EXTRA_ARGS="--select PL4004 --jobs 1"
step lint
expect_eq "threshold none passes" "$code" 0
expect_eq "extra-args reach the tool (--select PL4004)" "$(out finding-count)" 1
expect_in "summary with a threshold" "$GITHUB_STEP_SUMMARY" "Exit code 0, failure threshold none."

echo "== diff, then fix"
runner fix
cp -r "$WS/docker/svc01" "$WS/fixme"
export INPUT_FILES="fixme/Dockerfile" INPUT_DIFF=true INPUT_FIX=true INPUT_CONFIG=docker/.plimsoll.yaml
step lint
expect_eq "fix: the remaining findings fail the step" "$code" 1
expect_in "fix: the file is rewritten" "$WS/fixme/Dockerfile" "ENV PATH=/root/.local/bin:\$PATH"
expect_eq "fix: PL4002 is gone, PL3001 and PL4004 remain" "$(out finding-count)" 2
expect_in "diff: the patch is in the log" "$STEP/stdout" "+ENV PATH=/root/.local/bin:\$PATH"
expect_in "diff: the patch is in the summary" "$GITHUB_STEP_SUMMARY" '```diff'

echo "== a broken configuration"
runner broken
printf 'rules: [not, a, mapping\n' >"$WS/broken.yaml"
export INPUT_CONFIG=broken.yaml INPUT_NO_FAIL=true
step lint
expect_eq "configuration error: the step fails even with no-fail" "$code" 2
expect_eq "configuration error: exit-code 2" "$(out exit-code)" 2
expect_in "configuration error: an error annotation" "$STEP/stdout" "::error title=Plimsoll::plimsoll stopped with exit code 2"

if [ "$failures" -gt 0 ]; then
  echo "action tests: $failures failed" >&2
  exit 1
fi
echo "action tests: all passed"
