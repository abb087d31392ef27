"""Padan shared kernel: what every service must agree on (events, topics, envelope, vocabulary)."""
