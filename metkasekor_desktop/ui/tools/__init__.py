"""Map tools: one class per tool, driven by events already in map coordinates."""
