"""Commands of business-matching events, one module each."""
