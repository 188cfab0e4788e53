# Shared set-up for scripts/build.sh and scripts/test.sh (sourced, not run).
# Installs system packages when run as root, otherwise says exactly what to install;
# creates or reuses .venv and node_modules, reinstalling only when the pins change.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

APT_PACKAGES=(chromium poppler-utils latexmk texlive-latex-recommended texlive-latex-extra
              texlive-fonts-recommended texlive-lang-cyrillic tex-gyre fonts-dejavu-core)
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(nodejs npm)
python3 -c "import venv, ensurepip" 2>/dev/null || APT_PACKAGES+=(python3-venv)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: missing system packages. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

python3 - <<'PY' || { echo "setup: Python 3.11 or newer is required (found $(python3 --version))" >&2; exit 1; }
import sys; sys.exit(sys.version_info < (3, 11))
PY

# Python environment, reinstalled only when requirements.txt changes.
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
req_hash="$(sha256sum requirements.txt pyproject.toml | sha256sum | cut -c1-16)"
if [ "$(cat .venv/.requirements-hash 2>/dev/null)" != "$req_hash" ]; then
  echo "setup: installing Python packages (requirements.txt)"
  .venv/bin/pip install -q --disable-pip-version-check -r requirements.txt
  .venv/bin/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e . 2>/dev/null \
    || .venv/bin/pip install -q --disable-pip-version-check --no-deps -e .
  echo "$req_hash" > .venv/.requirements-hash
fi

# Front-end assets the site serves itself (plotly.js bundles, map data, axe-core),
# reinstalled only when package-lock.json changes: the stored hash is written after a
# successful install, so a rebuild with nothing changed never needs the registry.
# (npm's own node_modules/.package-lock.json is written in another form: never compare with it.)
lock_hash="$(sha256sum package.json package-lock.json | sha256sum | cut -c1-16)"
if [ "$(cat node_modules/.report-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  echo "setup: installing front-end assets (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  echo "$lock_hash" > node_modules/.report-lock-hash
fi

export PATH="$ROOT/.venv/bin:$PATH"
export BROWSER_PATH="${BROWSER_PATH:-/usr/bin/chromium}"   # kaleido uses Debian's chromium
export PYDEVD_DISABLE_FILE_VALIDATION=1
