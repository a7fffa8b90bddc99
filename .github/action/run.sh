#!/usr/bin/env bash
# The GitHub Action's logic (action.yml only calls this). Inputs arrive as INPUT_* environment
# variables, never as ${{ }} text, so this runs the same on a runner and in .ci/run's tests.
#
#   run.sh resolve   where the tool lives and its cache key (outputs tool-dir, cache-key, version)
#   run.sh install   put the tool in PLIMSOLL_TOOL_DIR: from NuGet, or packed from this repository
#   run.sh lint      run it; annotations, job summary, outputs; exit with its exit code
#
# Node (present on every GitHub-hosted runner, and needed by the JavaScript actions this one
# uses) reads the tool's JSON report: report.js beside this script.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ACTION_ROOT="${GITHUB_ACTION_PATH:-$(cd "$HERE/../.." && pwd)}"
PACKAGE_ID=Plimsoll.Cli

fail() { echo "::error title=Plimsoll::$*"; exit 2; }

# name=value into GITHUB_OUTPUT, as a heredoc with a random delimiter when the value has a line break.
set_output() {
  local name="$1" value="$2" delimiter
  if [[ "$value" == *$'\n'* ]]; then
    delimiter="ghadelimiter_${RANDOM}${RANDOM}${RANDOM}"
    printf '%s<<%s\n%s\n%s\n' "$name" "$delimiter" "$value" "$delimiter" >>"$GITHUB_OUTPUT"
  else
    printf '%s=%s\n' "$name" "$value" >>"$GITHUB_OUTPUT"
  fi
}

# A yes/no input: true/on/yes/1 or false/off/no/0 (empty takes the default given).
flag() {
  local value
  value="$(printf '%s' "${2:-$3}" | tr '[:upper:]' '[:lower:]')"
  case "$value" in
    true | on | yes | 1) return 0 ;;
    false | off | no | 0) return 1 ;;
    *) fail "input $1 takes true or false, not '$2'" ;;
  esac
}

sha256() { if command -v sha256sum >/dev/null; then sha256sum; else shasum -a 256; fi; }

# The version this copy of the action was released with: Directory.Build.props, the one place it is set.
source_version() {
  sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$ACTION_ROOT/Directory.Build.props" | head -n 1
}

cmd_resolve() {
  : "${GITHUB_OUTPUT:?}" "${RUNNER_TEMP:?}"
  local version key dir hash
  if flag from-source "${INPUT_FROM_SOURCE:-}" false; then
    version="$(source_version)"
    # hashFiles() cannot read the action's folder, so the sources are hashed here.
    hash="$(cd "$ACTION_ROOT" && find src rules Directory.Build.props global.json Plimsoll.slnx -type f \
      -not -path '*/bin/*' -not -path '*/obj/*' -print | LC_ALL=C sort | while IFS= read -r f; do
        printf '%s\n' "$f"; sha256 <"$f"; done | sha256 | cut -c1-16)"
    key="source-$version-$hash"
  else
    version="${INPUT_VERSION:-}"
    [ -n "$version" ] || version="$(source_version)"
    key="nuget-$version"
  fi
  [ -n "$version" ] || fail "no tool version: set the version input"
  dir="$RUNNER_TEMP/plimsoll-tool/$key"
  set_output tool-dir "$dir"
  set_output cache-key "plimsoll-${RUNNER_OS:-os}-${RUNNER_ARCH:-arch}-$key"
  set_output version "$version"
  # Later steps of the job can run plimsoll themselves.
  if [ -n "${GITHUB_PATH:-}" ]; then echo "$dir" >>"$GITHUB_PATH"; fi
}

cmd_install() {
  local dir="${PLIMSOLL_TOOL_DIR:?}" version="${PLIMSOLL_VERSION:?}" packages config
  if [ -x "$dir/plimsoll" ] || [ -x "$dir/plimsoll.exe" ]; then
    echo "plimsoll $version is already in $dir"
    return
  fi
  if flag from-source "${INPUT_FROM_SOURCE:-}" false; then
    # What pre-commit does too: pack at the repository root (only the tool is packable), then
    # install from that folder alone, so no feed can offer another package under the same id.
    packages="$(mktemp -d)"
    echo "::group::Pack plimsoll $version from $ACTION_ROOT"
    dotnet pack "$ACTION_ROOT" -c Release -p:PackageOutputPath="$packages" -nologo -v quiet
    echo "::endgroup::"
    config="$packages/nuget.config"
    printf '<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' "$packages" >"$config"
    dotnet tool install --tool-path "$dir" --configfile "$config" --version "$version" "$PACKAGE_ID"
    rm -rf "$packages"
  else
    # The workspace's NuGet configuration applies, so a private mirror of nuget.org works too.
    dotnet tool install --tool-path "$dir" --version "$version" "$PACKAGE_ID"
  fi
  "$dir/plimsoll" --version
}

cmd_lint() {
  : "${GITHUB_OUTPUT:?}" "${RUNNER_TEMP:?}"
  local tool="${PLIMSOLL_TOOL_DIR:?}/plimsoll" workspace workdir prefix work sarif report code
  local -a args=() common=()
  command -v node >/dev/null || fail "node is needed to read plimsoll's report (every GitHub-hosted runner has it; add actions/setup-node on a self-hosted one)"

  workspace="$(cd "${GITHUB_WORKSPACE:-.}" && pwd)"
  cd "$workspace"
  cd "${INPUT_WORKING_DIRECTORY:-.}" || fail "working-directory '${INPUT_WORKING_DIRECTORY:-}' does not exist"
  workdir="$(pwd)"
  # Paths in reports are relative to the working directory; this puts them back under the repository root.
  case "$workdir/" in
    "$workspace/") prefix="" ;;
    "$workspace"/*) prefix="${workdir#"$workspace"/}/" ;;
    *) prefix="" ;;
  esac

  work="$RUNNER_TEMP/plimsoll-run"
  mkdir -p "$work"
  report="$work/report.json"
  rm -f "$report"

  # Options shared by the --diff run and the lint run.
  [ -z "${INPUT_CONFIG:-}" ] || common+=(--config "$INPUT_CONFIG")
  [ -z "${INPUT_FAILURE_THRESHOLD:-}" ] || common+=(--failure-threshold "$INPUT_FAILURE_THRESHOLD")
  ! flag unsafe-fixes "${INPUT_UNSAFE_FIXES:-}" false || common+=(--unsafe-fixes)
  if [ -n "${INPUT_EXTRA_ARGS:-}" ]; then
    local -a extra
    read -r -a extra <<<"$INPUT_EXTRA_ARGS"
    common+=(${extra[@]+"${extra[@]}"})
  fi
  while IFS= read -r line; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    [ -z "$line" ] || common+=("$line")
  done <<<"${INPUT_FILES:-}"

  local diff=""
  if flag diff "${INPUT_DIFF:-}" false; then
    diff="$work/fixes.diff"
    echo "::group::Fixes plimsoll would make (--diff)"
    set +e
    NO_COLOR=1 "$tool" lint --diff ${common[@]+"${common[@]}"} >"$diff"
    code=$?
    set -e
    cat "$diff"
    echo "::endgroup::"
    [ "$code" -le 1 ] || { set_output exit-code "$code"; fail "plimsoll --diff stopped with exit code $code (usage or configuration error; see above)"; }
  fi

  args=(lint --format "${INPUT_FORMAT:-text}" --report "json=$report" --no-color)
  [ -z "${INPUT_OUTPUT_FILE:-}" ] || args+=(--output "$INPUT_OUTPUT_FILE")
  case "${INPUT_SARIF_FILE:-}" in
    off | false | none) sarif="" ;;
    "") sarif="$work/plimsoll.sarif" ;;
    /*) sarif="$INPUT_SARIF_FILE" ;;
    *) sarif="$workdir/$INPUT_SARIF_FILE" ;;
  esac
  [ -z "$sarif" ] || args+=(--report "sarif=$sarif")
  [ -z "${INPUT_SARIF_CATEGORY:-}" ] || args+=(--sarif-category "$INPUT_SARIF_CATEGORY")
  ! flag fix "${INPUT_FIX:-}" false || args+=(--fix)

  # Annotations from an earlier registration of the matcher would duplicate the ones printed below.
  echo "::remove-matcher owner=plimsoll::"
  echo "::remove-matcher owner=plimsoll-notice::"
  set +e
  "$tool" "${args[@]}" ${common[@]+"${common[@]}"}
  code=$?
  set -e
  set_output exit-code "$code"

  if [ ! -f "$report" ]; then
    set_output sarif-file ""
    fail "plimsoll stopped with exit code $code before reporting (usage or configuration error; see above)"
  fi

  local annotations=false summary_file=""
  ! flag annotations "${INPUT_ANNOTATIONS:-}" true || annotations=true
  if flag summary "${INPUT_SUMMARY:-}" true; then summary_file="${GITHUB_STEP_SUMMARY:-}"; fi
  PLIMSOLL_REPORT="$report" PLIMSOLL_COUNTS="$work/counts" PLIMSOLL_ANNOTATIONS="$annotations" \
    PLIMSOLL_SUMMARY_FILE="$summary_file" PLIMSOLL_SUMMARY_LIMIT="${INPUT_SUMMARY_LIMIT:-50}" \
    PLIMSOLL_PATH_PREFIX="$prefix" PLIMSOLL_WORKSPACE="$workspace" PLIMSOLL_SARIF="$sarif" \
    PLIMSOLL_EXIT_CODE="$code" PLIMSOLL_THRESHOLD="${INPUT_FAILURE_THRESHOLD:-}" PLIMSOLL_DIFF="$diff" \
    node "$HERE/report.js"

  while IFS='=' read -r name value; do set_output "$name" "$value"; done <"$work/counts"
  set_output sarif-file "$sarif"
  set_output report-file "$report"

  # From here on the job's own `plimsoll` runs (text format) are annotated by the problem matcher.
  [ "$annotations" = false ] || echo "::add-matcher::$HERE/plimsoll-matcher.json"

  if [ "$code" -eq 1 ] && flag no-fail "${INPUT_NO_FAIL:-}" false; then
    echo "plimsoll found problems; no-fail is set, so the step passes"
    return 0
  fi
  return "$code"
}

case "${1:-}" in
  resolve) cmd_resolve ;;
  install) cmd_install ;;
  lint) cmd_lint ;;
  *) echo "usage: run.sh resolve|install|lint" >&2; exit 2 ;;
esac
