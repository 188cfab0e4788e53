#!/usr/bin/env bash
# Build the book: the HTML site (_build/html) and the PDF (_build/pdf/book.pdf).
# Usage: bash scripts/build.sh [--stored-outputs] [--html-only]
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
python scripts/build_book.py "$@"
