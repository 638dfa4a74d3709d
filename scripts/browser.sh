#!/usr/bin/env bash
# The browser the web tests drive: Debian's Chromium, installed from the distribution's
# packages when missing (never a browser build downloaded by Playwright). Prints its path.
set -euo pipefail
BROWSER=${RIFTMAP_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$BROWSER" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing Debian's chromium for the web tests" >&2
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >&2
    else
        echo "no $BROWSER: install Debian's chromium (apt-get install --no-install-recommends chromium)" >&2
        exit 1
    fi
fi
echo "$BROWSER"
