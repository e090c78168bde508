#!/bin/sh
# Each case of a GTest program makes what it needs (tests/case-fixture.h, or a fixture of its
# own made per case), so that it passes run alone (-p) and no case depends on what an earlier
# one left behind: outside the fixtures no test makes a temporary folder, and none keeps a
# store or a folder at file scope for its cases to share.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
status=0
found=$(grep -n 'g_dir_make_tmp' tests/*.c | grep -v '^tests/[a-z-]*-fixture\.c:' || true)
if [ -n "$found" ]; then
  echo "a temporary folder made outside a per-case fixture (use tests/case-fixture.h):"
  echo "$found"
  status=1
fi
found=$(grep -nE '^static +(const +)?(EthosStore|g?char) +\*+ *[a-z_]+ *(=[^;]*)?;' tests/*.c || true)
if [ -n "$found" ]; then
  echo "a store or folder at file scope, shared by the cases (make it in the case's set-up):"
  echo "$found"
  status=1
fi
exit $status
