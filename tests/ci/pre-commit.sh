#!/usr/bin/env bash
# Runs the hooks of .pre-commit-hooks.yaml for real with `pre-commit try-repo` against a throwaway
# git repository: the dotnet hook fails on a bad Dockerfile with the finding and passes on a good
# one, the fix hook rewrites the file, and the system hook uses a plimsoll already on PATH.
#
#   tests/ci/pre-commit.sh TOOL_DIR   TOOL_DIR: a folder with an installed plimsoll (for plimsoll-system)
#
# pre-commit builds the hooks from the last commit (uncommitted changes are not part of it).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOL_DIR="$(cd "${1:?usage: pre-commit.sh TOOL_DIR}" && pwd)"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
# pre-commit's own cache (the built hook environment) stays inside this run.
export PRE_COMMIT_HOME="$T/cache" NO_COLOR=1 DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
REF="$(git -C "$REPO" rev-parse HEAD)"
if [ -n "$(git -C "$REPO" status --porcelain -- .pre-commit-hooks.yaml src rules Directory.Build.props Plimsoll.slnx global.json)" ]; then
  echo "note: uncommitted changes are not part of what pre-commit builds (it uses $REF)" >&2
fi

failures=0
pass() { echo "  ok: $1"; }
fail() { echo "  FAIL: $1" >&2; failures=$((failures + 1)); }
not() { ! "$@"; }
check() { local what="$1"; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

# A project that uses the hooks: a bad Dockerfile, a good one, and one with a safe fix. Its
# configuration selects the rules the checks rely on, so rules added later do not move them.
C="$T/project"
mkdir -p "$C/bad" "$C/good" "$C/fixable"
printf 'select: [PL3001, PL4002, PL4004]\n' >"$C/.plimsoll.yaml"
printf 'FROM python:3.12\nCMD ["python", ""]\n' >"$C/bad/Dockerfile"
printf 'FROM python:3.12-slim\nRUN useradd --create-home app\nUSER app\nCMD ["python", "app.py"]\n' >"$C/good/Dockerfile"
printf "FROM python:3.12-slim\nRUN useradd --create-home app\nUSER app\nENV PATH=/home/app/.local:\$PATH\nCMD [\"python\", \"app.py\"]\n" >"$C/fixable/Dockerfile.prod"
printf 'CMD ["python", ""]\n' >"$C/notes.txt"
git -C "$C" init -q
git -C "$C" add -A
git -C "$C" -c user.name=t -c user.email=t@example.com commit -qm fixtures

# try-repo HOOK ARGS...: the output lands in $T/HOOK.log, the exit code in $code.
try() {
  local hook="$1"
  shift
  set +e
  (cd "$C" && pre-commit try-repo "$REPO" "$hook" --ref "$REF" "$@") >"$T/$hook.log" 2>&1
  code=$?
  set -e
  sed 's/^/    | /' "$T/$hook.log"
}

echo "== plimsoll (language: dotnet) on every file"
start=$(date +%s)
try plimsoll --all-files
echo "  (built and ran in $(($(date +%s) - start)) s)"
check "fails on the bad Dockerfile" [ "$code" -ne 0 ]
check "prints the finding" grep -q 'bad/Dockerfile(2,1): warning PL4004' "$T/plimsoll.log"
check "only Dockerfiles are passed (types: [dockerfile])" not grep -q 'notes.txt' "$T/plimsoll.log"
check "Dockerfile.prod counts as a Dockerfile" grep -q 'fixable/Dockerfile.prod(4,' "$T/plimsoll.log"

echo "== plimsoll on the good Dockerfile only"
try plimsoll --files good/Dockerfile
check "passes on a good Dockerfile" [ "$code" -eq 0 ]

echo "== plimsoll-fix"
try plimsoll-fix --files fixable/Dockerfile.prod
check "fails when it rewrote a file (pre-commit's rule for hooks that modify files)" [ "$code" -ne 0 ]
check "the file is fixed" grep -qF "ENV PATH=/home/app/.local/bin:\$PATH" "$C/fixable/Dockerfile.prod"
try plimsoll-fix --files fixable/Dockerfile.prod
check "a second run changes nothing and passes" [ "$code" -eq 0 ]

echo "== plimsoll-system (a plimsoll on PATH)"
PATH="$TOOL_DIR:$PATH" try plimsoll-system --files bad/Dockerfile good/Dockerfile
check "fails on the bad Dockerfile" [ "$code" -ne 0 ]
check "prints the finding" grep -q 'bad/Dockerfile(1,1): warning PL3001' "$T/plimsoll-system.log"

if [ "$failures" -gt 0 ]; then
  echo "pre-commit tests: $failures failed" >&2
  exit 1
fi
echo "pre-commit tests: all passed"
