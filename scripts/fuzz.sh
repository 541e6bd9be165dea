#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz, one after the other, each for the given time:
#   bash scripts/fuzz.sh [seconds-per-target] [target...]      (default 300 s; all targets)
# Builds them with clang, AddressSanitizer and UndefinedBehaviorSanitizer into build-fuzz/,
# installs clang and libFuzzer when they are missing, runs each over its corpus
# (tests/fuzz/corpus/<target>/), then merges what it found into a minimal corpus written back
# to tests/fuzz/corpus/<target>/ and copies every crash, leak, timeout or out-of-memory input
# into tests/fuzz/corpus/<target>/crashes/, which ctest replays. A crash not fixed yet fails
# that replay: keep such an input in tests/fuzz/crashes-pending/<target>/ until it is fixed.
# Not part of CI; the regression tests (tst_fuzz_*) are.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-300}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(syncframe payload httprequest)
case "$seconds" in
    '' | *[!0-9]*) echo "fuzz.sh: seconds must be a whole number, got '$seconds'" >&2; exit 2 ;;
esac

bash scripts/deps.sh

# clang links -fsanitize=fuzzer only with the compiler runtime's libFuzzer (Debian:
# libclang-rt-14-dev); libfuzzer-14-dev has it as a library of its own.
probe_dir=$(mktemp -d)
trap 'rm -rf "$probe_dir"' EXIT
probe() {
    command -v clang++ >/dev/null &&
        printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' |
        clang++ -x c++ -fsanitize=fuzzer,address,undefined -o "$probe_dir/probe" - 2>/dev/null
}
if ! probe; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "fuzz.sh: installing clang and libFuzzer" >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        clang libclang-rt-14-dev libfuzzer-14-dev >/dev/null
    probe || { echo "fuzz.sh: clang cannot link -fsanitize=fuzzer" >&2; exit 1; }
fi

launcher=()
command -v ccache >/dev/null &&
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSHOPDESK_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build build-fuzz --parallel 2 --target "${targets[@]/#/fuzz_}"

status=0
for target in "${targets[@]}"; do
    fuzzer="build-fuzz/tests/fuzz/fuzz_$target"
    repo="tests/fuzz/corpus/$target"
    work="build-fuzz/fuzz/$target"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts" "$work/merged" "$repo"
    find "$repo" -maxdepth 1 -type f -exec cp {} "$work/corpus/" \;

    echo "fuzz.sh: $target for $seconds s (log: $work/fuzz.log)" >&2
    # One process on one core: the machine is shared. A finding stops the run.
    run_status=0
    "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -dict="tests/fuzz/$target.dict" -artifact_prefix="$work/artifacts/" \
        "$work/corpus" >"$work/fuzz.log" 2>&1 || run_status=$?
    grep -E '^#[0-9]+[[:space:]]+DONE|^stat::' "$work/fuzz.log" >&2 || tail -n 5 "$work/fuzz.log" >&2

    # The smallest set of inputs that covers everything the corpus reached.
    "$fuzzer" -merge=1 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$work/merge-" "$work/merged" "$work/corpus" \
        >"$work/merge.log" 2>&1
    find "$repo" -maxdepth 1 -type f -delete
    cp "$work/merged/"* "$repo/"
    echo "fuzz.sh: $target corpus: $(find "$repo" -maxdepth 1 -type f | wc -l) files," \
        "$(du -sb "$repo" | cut -f1) bytes" >&2

    found=("$work/artifacts/"*)
    if [ -e "${found[0]}" ]; then
        mkdir -p "$repo/crashes"
        cp "${found[@]}" "$repo/crashes/"
        echo "fuzz.sh: $target FOUND ${#found[@]} input(s), copied to $repo/crashes/:" >&2
        printf '  %s\n' "${found[@]##*/}" >&2
        grep -E 'ERROR: |FUZZ CHECK FAILED|runtime error|SUMMARY' "$work/fuzz.log" | head -n 5 >&2 || true
        status=1
    elif [ "$run_status" -ne 0 ]; then
        echo "fuzz.sh: $target stopped with status $run_status; see $work/fuzz.log" >&2
        status=1
    fi
done
exit $status
