#!/usr/bin/env bash
# Solver benchmark: 1,000 x 1,000 random (40% of pairs forbidden) and 10,000 x 10,000 cohort
# instances, solve time after warm-up, peak heap and proof of optimality.
#   ./matching-service/bench/solver.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$HERE/solve" --help >/dev/null 2>&1 || true   # compiles the solver when needed
exec java -Xmx1g -cp "$HERE/target/classes" dev.upward.matching.tools.SolverBenchmark "$@"
