"""PyInstaller entry point of the bundled ``reportdesk`` program: the same as the console script.

``reportdesk check FILE`` and the other engine commands run headless; anything else opens the
window (``reportdesk``, ``reportdesk FILE``, ``reportdesk --sample``).
"""

import sys

from reportdesk import main

if __name__ == "__main__":
    sys.exit(main())
