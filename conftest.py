"""Every test directory shares the real-stack fixtures (padan.cli.testing)."""

pytest_plugins = ["padan.cli.testing"]
