#!/usr/bin/env bash
# Run every test: data checks, bad-input cases, nbval over every chapter, the built site in
# headless Chromium, the PDF with poppler. Builds the book first (from a fresh execution).
# Usage: bash scripts/test.sh [extra pytest arguments]
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
python scripts/build_book.py
mkdir -p test-artifacts
python -m pytest -p no:cacheprovider "$@"
