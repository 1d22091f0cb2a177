"""Entities and rules of the MetKasekor domain. Plain Python, shapely and pyproj only."""
