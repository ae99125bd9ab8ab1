"""``python -m reportdesk``: the ``reportdesk`` command."""

import sys

from reportdesk import main

sys.exit(main())
