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

# pre-commit COMMAND ARGS... in the project: the output lands in $T/log, the exit code in $code.
hooks() {
  set +e
  (cd "$C" && pre-commit "$@") >"$T/log" 2>&1
  code=$?
  set -e
  sed 's/^/    | /' "$T/log"
}

echo "== try-repo: plimsoll (language: dotnet) on every file"
start=$(date +%s)
hooks try-repo "$REPO" plimsoll --ref "$REF" --all-files
echo "  (built and ran in $(($(date +%s) - start)) s)"
check "fails on the bad Dockerfile" [ "$code" -ne 0 ]
check "prints the finding" grep -q 'bad/Dockerfile(2,1): warning PL4004' "$T/log"
check "only Dockerfiles are passed (types: [dockerfile])" not grep -q 'notes.txt' "$T/log"
check "Dockerfile.prod counts as a Dockerfile" grep -q 'fixable/Dockerfile.prod(4,' "$T/log"

# try-repo builds the hook in a fresh store each time; the rest goes through a configuration, as a
# project that uses the hooks has it, so that the tool is built once for all of them.
cat >"$C/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $REPO
    rev: $REF
    hooks:
      - id: plimsoll
      - id: plimsoll-fix
      - id: plimsoll-system
EOF
git -C "$C" add .pre-commit-config.yaml

echo "== plimsoll on the good Dockerfile only"
hooks run plimsoll --files good/Dockerfile
check "passes on a good Dockerfile" [ "$code" -eq 0 ]

echo "== plimsoll-fix"
hooks run plimsoll-fix --files fixable/Dockerfile.prod
check "fails when it rewrote a file (pre-commit's rule for hooks that modify files)" [ "$code" -ne 0 ]
check "says the hook modified files" grep -q 'files were modified by this hook' "$T/log"
check "the file is fixed" grep -qF "ENV PATH=/home/app/.local/bin:\$PATH" "$C/fixable/Dockerfile.prod"
hooks run plimsoll-fix --files fixable/Dockerfile.prod
check "a second run changes nothing and passes" [ "$code" -eq 0 ]

echo "== plimsoll-system (a plimsoll on PATH)"
PATH="$TOOL_DIR:$PATH" hooks run plimsoll-system --files bad/Dockerfile good/Dockerfile
check "fails on the bad Dockerfile" [ "$code" -ne 0 ]
check "prints the finding" grep -q 'bad/Dockerfile(1,1): warning PL3001' "$T/log"

if [ "$failures" -gt 0 ]; then
  echo "pre-commit tests: $failures failed" >&2
  exit 1
fi
echo "pre-commit tests: all passed"
