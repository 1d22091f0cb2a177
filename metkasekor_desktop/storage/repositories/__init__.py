"""One repository per entity: add, get, update, delete, list, count and bulk add."""
