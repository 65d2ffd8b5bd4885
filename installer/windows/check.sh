#!/usr/bin/env bash
# Install the Windows setup silently under Wine and check it as a counter would (installer/windows/check.py):
#   installer/windows/check.sh [--setup dist/desk-app-setup-VERSION.exe] [--no-tests]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 installer/windows/check.py "$@"
