"""Importing phone submissions: 10,000 plot visits (an ODK Central zip) into the 100k-plot
demo project, read, reviewed and committed in one transaction; prints the times
(target: under 10 s in all)."""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_data import ensure_project  # noqa: E402
from metkasekor_desktop.layers.submission_import import SubmissionImport  # noqa: E402
from metkasekor_desktop.storage import Project  # noqa: E402
from tests.layers.test_submission_import import forms_of, odk_zip, visit  # noqa: E402

N = 10_000


def main() -> None:
    source = ensure_project()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        path = work / "province.gpkg"
        shutil.copyfile(source, path)
        with Project.open(path) as project:
            spec = forms_of(project)["mk_plot_visit"]
            codes = [str(c) for c in project.plots.load_table().codes[:N]]
        file = odk_zip(work / "visits.zip", spec,
                       [visit(f"bench-{i}", code, photos=[]) for i, code in enumerate(codes)])
        with Project.open(path) as project, SubmissionImport(project, file) as job:
            t0 = time.perf_counter()
            found = job.read()
            t1 = time.perf_counter()
            review = job.review()
            t2 = time.perf_counter()
            result = job.commit()  # reviews again against the project, then writes
            t3 = time.perf_counter()
        print(f"{len(found.submissions)} plot visits into {len(codes) and '100k'} plots: "
              f"read {t1 - t0:.2f} s, review {t2 - t1:.2f} s, commit (review + write) "
              f"{t3 - t2:.2f} s; total {t3 - t0:.2f} s (target < 10 s)")
        print(f"accepted {len(review.accepted)}, refused {review.refused}, "
              f"written {result.written}")


if __name__ == "__main__":
    main()
