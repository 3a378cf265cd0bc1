"""The frozen app's entry point: the same `council-desk` command as the installed one (council_desk.cli)."""

import sys

from council_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
