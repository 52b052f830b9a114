"""--scheduler: a batch run on a Dask cluster (a LocalCluster of 2 worker processes) gives the local report."""

from __future__ import annotations

import pytest
from test_cli import CLEAN, MIXED

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local


def test_the_cluster_report_equals_the_local_one(workspace, cluster):
    for i in range(40):
        workspace.write(f"drafts/{i:02d}.txt", MIXED if i % 3 else CLEAN)
    (workspace.root / "drafts" / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    folder = str(workspace.root / "drafts")
    local = workspace.check("--format", "json", "--jobs", "1", folder)
    remote = workspace.check("--format", "json", "--scheduler", cluster.scheduler_address, folder)
    assert remote == local
    assert remote[0] == 2 and "bad.txt" in remote[2]
