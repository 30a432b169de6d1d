"""The child process that reads uploads: limits hold, the parent lives on."""

import pytest

from articles.extraction import RefusedFile, extract_isolated
from articles.extraction.isolation import PARSE_MEMORY_BYTES, run_isolated
from articles.extraction.limits import MAX_PARAGRAPHS, TooLong
from tests.extraction import sample_files as uploads

from . import hostile


def test_a_file_is_read_in_the_child_and_the_result_comes_back():
    result = extract_isolated(uploads.html_page(), "ferry.html")

    assert result.metadata.title == uploads.TITLE


def test_a_refusal_in_the_child_reaches_the_caller_with_its_message():
    with pytest.raises(RefusedFile, match="password"):
        extract_isolated(uploads.encrypted_pdf(), "ferry.pdf")


def test_a_refusal_for_length_keeps_its_numbers_for_the_teachers_message():
    data = "\n\n".join(f"Pier {n} reopened." for n in range(MAX_PARAGRAPHS + 1))

    with pytest.raises(TooLong) as refusal:
        extract_isolated(data.encode(), "long.txt")

    too_long = refusal.value
    assert (too_long.measure, too_long.count) == ("paragraphs", MAX_PARAGRAPHS + 1)
    assert too_long.limit == MAX_PARAGRAPHS


def test_a_reader_that_hangs_is_stopped_at_the_time_limit():
    with pytest.raises(RefusedFile, match=r"longer than 0\.5 seconds"):
        run_isolated(hostile.hang, 30, seconds=0.5)
    # The next file is read by a fresh child.
    assert run_isolated(hostile.hang, 0) == "finished"


def test_a_reader_that_allocates_too_much_gets_a_memory_error():
    too_much = PARSE_MEMORY_BYTES // (1024 * 1024) + 256
    with pytest.raises(RefusedFile, match="too much memory"):
        run_isolated(hostile.allocate, too_much)
    assert run_isolated(hostile.allocate, 16) == 16 * 1024 * 1024


def test_a_reader_that_dies_is_reported_and_the_pool_recovers():
    with pytest.raises(RefusedFile, match="stopped unexpectedly"):
        run_isolated(hostile.crash)
    assert run_isolated(hostile.hang, 0) == "finished"


def test_a_caller_does_not_wait_without_end_for_a_free_reader(monkeypatch):
    from articles.extraction import isolation

    monkeypatch.setattr(isolation, "QUEUE_SECONDS", 0.3)
    pool = isolation._shared_pool()
    busy = [pool.schedule(hostile.hang, args=[2]) for _ in range(2)]

    with pytest.raises(RefusedFile, match="busy reading other files"):
        run_isolated(hostile.hang, 0, seconds=0.2)
    assert [future.result() for future in busy] == ["finished", "finished"]
