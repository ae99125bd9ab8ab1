"""`python -m app`: the engine's subcommands only (no window, no PDF: those need Qt, and the
engine never imports it; `reportdesk` / `python -m reportdesk` has them all)."""

import sys

from app.cli import main

sys.exit(main())
