"""``python -m metkasekor_desktop.app`` runs the same entry point as the console script."""

import sys

from metkasekor_desktop.app import main

sys.exit(main())
