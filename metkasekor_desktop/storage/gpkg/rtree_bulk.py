"""The plots' GeoPackage R-tree filled in bulk: a province's envelopes packed at once.

SQLite inserts R-tree entries one by one (0.55 s for 100,000 plots); when the new
entries are at least as many as those already there, the whole index is packed again
into full nodes and written to the R-tree's own storage tables, as GDAL does for a new
GeoPackage. The boxes are rounded outward to float32 exactly as SQLite's rtree.c rounds
them, so the index is bit for bit what row-by-row insertion would have made (a test
compares, and SQLite's ``rtreecheck`` passes). A file that refuses writes to those
tables gets the ordinary insertion.
"""

from __future__ import annotations

import math

import numpy as np
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, OperationalError

from metkasekor_desktop.domain.messages import msg

RTREE = "rtree_plots_geom"
RTREE_INSERT_TRIGGER = f"{RTREE}_insert"
# An R-tree node: depth (root only) and cell count, then cells of an id and a box of
# four float32 (minx, maxx, miny, maxy), all big-endian (SQLite's rtree.c).
_RTREE_HEAD = np.dtype([("depth", ">u2"), ("count", ">u2")])
_RTREE_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])
# SQLite rounds a box outward to float32 with these factors (rtreeValueDown/Up).
_RND_TOWARDS = 1.0 - 1.0 / 8388608.0
_RND_AWAY = 1.0 + 1.0 / 8388608.0


def fill_rtree(conn: Connection, ids: np.ndarray, bounds: np.ndarray) -> None:
    """Add entries (``bounds``: minx, miny, maxx, maxy) to the plots' R-tree.

    When they are at least as many as the entries already there, the whole index is
    packed again (:func:`_pack_rtree`: a tenth of the time of SQLite's one-by-one
    insertion for a province); otherwise they are inserted as the trigger would.
    """
    if not len(ids):
        return
    existing = int(conn.exec_driver_sql(f'SELECT count(*) FROM "{RTREE}_rowid"').scalar_one())
    if len(ids) >= existing:
        try:
            with conn.begin_nested():  # a file that refuses writes to the shadow tables
                _pack_rtree(conn, ids, bounds)
            return
        except DBAPIError:
            pass
    entries = list(zip(ids.tolist(), bounds[:, 0].tolist(), bounds[:, 2].tolist(),
                       bounds[:, 1].tolist(), bounds[:, 3].tolist(), strict=True))
    conn.exec_driver_sql(f'INSERT OR REPLACE INTO "{RTREE}" VALUES (?, ?, ?, ?, ?)', entries)


def rtree_boxes(bounds: np.ndarray) -> np.ndarray:
    """(minx, maxx, miny, maxy) float32 boxes of (minx, miny, maxx, maxy) bounds, rounded
    outward exactly as SQLite's R-tree stores a box given as doubles."""
    d = np.asarray(bounds, dtype=np.float64)[:, [0, 2, 1, 3]]
    f = d.astype(np.float32)
    for col, down in ((0, True), (1, False), (2, True), (3, False)):
        value, stored = d[:, col], f[:, col]
        off = stored > value if down else stored < value
        if off.any():
            v = value[off]
            towards = np.where(v < 0, _RND_AWAY, _RND_TOWARDS)
            away = np.where(v < 0, _RND_TOWARDS, _RND_AWAY)
            stored[off] = (v * (towards if down else away)).astype(np.float32)
    return f


def _pack_rtree(conn: Connection, ids: np.ndarray, bounds: np.ndarray) -> None:
    """Write the R-tree's shadow tables at once: its entries and ``ids``' boxes packed
    into full nodes in Sort-Tile-Recursive order, as GDAL does for a new GeoPackage.

    The entries are the same as SQLite's own insertion makes (boxes rounded alike, see
    :func:`rtree_boxes`); only the grouping into nodes differs, and the tree is a valid
    SQLite R-tree (``rtreecheck``) that the triggers keep up to date afterwards.
    """
    node_size = conn.exec_driver_sql(
        f'SELECT length(data) FROM "{RTREE}_node" WHERE nodeno = 1').scalar()
    if not node_size:
        raise RuntimeError(msg("The spatial index has no root node."))
    old = conn.exec_driver_sql(f'SELECT id, minx, maxx, miny, maxy FROM "{RTREE}"').fetchall()
    all_ids, boxes = ids.astype(np.int64), rtree_boxes(bounds)
    if old:
        old_ids = np.array([r[0] for r in old], dtype=np.int64)
        stay = ~np.isin(old_ids, all_ids)  # a new entry replaces one with its id
        old_boxes = np.array([r[1:] for r in old], dtype=np.float32)  # float32 already
        all_ids = np.concatenate([old_ids[stay], all_ids])
        boxes = np.concatenate([old_boxes[stay], boxes])
    root, nodes, rowids, parents = _rtree_nodes(all_ids, boxes, int(node_size))
    for table in ("rowid", "parent"):
        conn.exec_driver_sql(f'DELETE FROM "{RTREE}_{table}"')
    conn.exec_driver_sql(f'DELETE FROM "{RTREE}_node" WHERE nodeno <> 1')
    conn.exec_driver_sql(f'UPDATE "{RTREE}_node" SET data = ? WHERE nodeno = 1', (root,))
    if nodes:
        conn.exec_driver_sql(f'INSERT INTO "{RTREE}_node" (nodeno, data) VALUES (?, ?)',
                             nodes)
    rowids = rowids[np.argsort(rowids[:, 0], kind="stable")]  # appended in id order
    _insert_rowids(conn, rowids)
    if len(parents):
        conn.exec_driver_sql(f'INSERT INTO "{RTREE}_parent" (nodeno, parentnode) '
                             "VALUES (?, ?)", list(map(tuple, parents.tolist())))


def _insert_rowids(conn: Connection, rowids: np.ndarray) -> None:
    """The (rowid, leaf node) rows, in id order, into the R-tree's rowid table.

    Consecutive ids (a new project's, or any without deleted plots) go as one JSON
    array of node numbers through ``json_each``: a third of the time of executemany's
    100,000 bound rows. Other ids, or an SQLite without JSON, take the executemany.
    """
    ids = rowids[:, 0]
    if len(ids) > 1 and int(ids[-1]) - int(ids[0]) == len(ids) - 1:
        nodes = "[" + ",".join(map(str, rowids[:, 1].tolist())) + "]"
        try:
            # json_each walks the array in order: no ORDER BY (a sort of its own)
            conn.exec_driver_sql(f'INSERT INTO "{RTREE}_rowid" (rowid, nodeno) '
                                 "SELECT ? + key, value FROM json_each(?)",
                                 (int(ids[0]), nodes))
            return
        except OperationalError as error:  # no JSON in this SQLite: nothing was written
            if "json_each" not in str(error):
                raise
    conn.exec_driver_sql(f'INSERT INTO "{RTREE}_rowid" (rowid, nodeno) VALUES (?, ?)',
                         list(map(tuple, rowids.tolist())))


def _str_order(boxes: np.ndarray, per_node: int) -> np.ndarray:
    """Sort-Tile-Recursive order: vertical slabs by centre x, each sorted by centre y."""
    n = len(boxes)
    cx = boxes[:, 0].astype(np.float64) + boxes[:, 1]
    cy = boxes[:, 2].astype(np.float64) + boxes[:, 3]
    slab = math.ceil(math.sqrt(math.ceil(n / per_node))) * per_node
    rank = np.empty(n, dtype=np.int64)
    rank[np.argsort(cx, kind="stable")] = np.arange(n)
    return np.lexsort((cy, rank // slab))


def _rtree_nodes(ids: np.ndarray, boxes: np.ndarray, node_size: int
                 ) -> tuple[bytes, list[tuple[int, bytes]], np.ndarray, np.ndarray]:
    """The root's blob, the other nodes (number, blob), the (rowid, leaf) and the (node,
    parent) pairs of an R-tree holding ``ids`` with their float32 ``boxes``.

    Each level is cut into the fewest nodes that hold it, of sizes differing by at most
    one; a node's box in its parent is the union of its cells' boxes.
    """
    per_node = (node_size - _RTREE_HEAD.itemsize) // _RTREE_CELL.itemsize
    nodes: list[tuple[int, bytes]] = []
    rowids = np.empty((0, 2), dtype=np.int64)
    parents: list[np.ndarray] = []
    next_number, height = 2, 0
    while len(ids) > per_node:
        order = _str_order(boxes, per_node)
        ids, boxes = ids[order], boxes[order]
        k = math.ceil(len(ids) / per_node)
        sizes = np.full(k, len(ids) // k, dtype=np.int64)
        sizes[: len(ids) % k] += 1
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        numbers = np.arange(next_number, next_number + k, dtype=np.int64)
        next_number += k
        owner = np.column_stack([ids, np.repeat(numbers, sizes)])
        if height == 0:
            rowids = owner
        else:
            parents.append(owner)
        blobs = _node_blobs(ids, boxes, sizes, 0, node_size, per_node)
        nodes.extend(zip(numbers.tolist(), blobs, strict=True))
        boxes = np.column_stack([np.minimum.reduceat(boxes[:, 0], starts),
                                 np.maximum.reduceat(boxes[:, 1], starts),
                                 np.minimum.reduceat(boxes[:, 2], starts),
                                 np.maximum.reduceat(boxes[:, 3], starts)])
        ids, height = numbers, height + 1
    root = _node_blobs(ids, boxes, np.array([len(ids)]), height, node_size, per_node)[0]
    to_root = np.column_stack([ids, np.ones(len(ids), dtype=np.int64)])
    if height == 0:
        rowids = to_root
    else:
        parents.append(to_root)
    return root, nodes, rowids, (np.concatenate(parents) if parents
                                 else np.empty((0, 2), dtype=np.int64))


def _node_blobs(ids: np.ndarray, boxes: np.ndarray, sizes: np.ndarray, depth: int,
                node_size: int, per_node: int) -> list[bytes]:
    """One node blob per group of ``sizes`` consecutive cells (zeros after the cells)."""
    k = len(sizes)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    group = np.repeat(np.arange(k), sizes)
    slot = np.arange(len(ids)) - np.repeat(starts, sizes)
    cells = np.zeros((k, per_node), dtype=_RTREE_CELL)
    cells["id"][group, slot] = ids
    cells["box"][group, slot] = boxes
    head = np.zeros(k, dtype=_RTREE_HEAD)
    head["depth"] = depth
    head["count"] = sizes
    data = np.zeros((k, node_size), dtype=np.uint8)
    data[:, : _RTREE_HEAD.itemsize] = head.view(np.uint8).reshape(k, -1)
    data[:, _RTREE_HEAD.itemsize : _RTREE_HEAD.itemsize + _RTREE_CELL.itemsize * per_node] = (
        cells.view(np.uint8).reshape(k, -1))
    return [row.tobytes() for row in data]
