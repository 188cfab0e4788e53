#!/usr/bin/env bash
# Build the book: the HTML site (_build/html) and the PDF (_build/pdf/book.pdf).
# Usage: bash scripts/build.sh [--stored-outputs] [--html-only]
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
# exec: the build is the process a Ctrl-C reaches, and its exit status is the script's.
exec python scripts/build_book.py "$@"
