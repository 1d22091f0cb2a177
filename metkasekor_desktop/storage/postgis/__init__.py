"""The PostgreSQL/PostGIS backend: one shared register for DEAFF and every PDAFF.

Only :mod:`.backend` is for the repositories (through ``storage.backend.Backend``);
:mod:`.register` opens and initialises a register by its connection URL; the other
modules are what they are made of.
"""
