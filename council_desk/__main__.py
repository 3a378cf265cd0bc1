import sys

from council_desk.cli import main

sys.exit(main())
