"""Hand-written text fragments for the Kaffeo demo knowledge base (CC0-1.0)."""
