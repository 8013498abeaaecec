"""``python -m pipeline.train``: run the recipe's command line."""

import sys

from pipeline.train.cli import main

sys.exit(main())
