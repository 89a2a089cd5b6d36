"""``python -m checker`` → :func:`checker.cli.main`."""

import sys

from .cli import main

sys.exit(main())
