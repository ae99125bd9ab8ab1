"""`python -m app` runs the `reportdesk` command."""

import sys

from app.cli import main

sys.exit(main())
