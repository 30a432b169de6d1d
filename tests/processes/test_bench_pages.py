"""make bench's page parts run on a small class (they broke once unseen when
approval began to ask for explanations; the benchmark itself is not in CI)."""

import pytest

from bench.pages import bench_dashboards, bench_progress_table

pytestmark = pytest.mark.django_db


def test_the_page_benchmarks_measure_a_small_class():
    figures = bench_progress_table(students=3, assignments=2)
    figures |= bench_dashboards(students=3, sentences=4)

    assert figures, "the parts print named figures"
    assert all(value > 0 for value in figures.values()), figures
