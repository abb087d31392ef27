"""Every test directory shares the real-stack fixtures (padan.cli.testing) and one hypothesis profile."""

import os

from hypothesis import settings

pytest_plugins = ["padan.cli.testing"]

# CI and everyday runs are repeatable and free of timing flakes on a busy machine (derandomized, no
# deadline); HYPOTHESIS_PROFILE=explore searches with fresh random examples, many more of them.
settings.register_profile("padan", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("explore", deadline=None, max_examples=2000, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "padan"))
