#!/usr/bin/env bash
# Run every test: data checks, bad-input cases, nbval over every chapter, the built site in
# headless Chromium, the PDF with poppler. Builds the book first (from a fresh execution).
# Usage: bash scripts/test.sh [extra pytest arguments]
#        bash scripts/test.sh --quick [extra pytest arguments]
#   --quick: no build; the tests that need neither a built book nor a long run (data, the
#   package, the architecture contract, the project's habits), on every core: under a minute.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
mkdir -p test-artifacts
if [ "${1:-}" = "--quick" ]; then
  shift
  exec python -m pytest -p no:cacheprovider -m "not build and not slow" -n auto "$@"
fi
python scripts/build_book.py
python -m pytest -p no:cacheprovider --durations=12 "$@"  # the slowest tests, named in every full run
