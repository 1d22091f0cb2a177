"""The GeoPackage backend: the project file, its SQLite functions, triggers and guards.

Only :mod:`.backend` is for the repositories (through ``storage.backend.Backend``); the
other modules are what it is made of.
"""
