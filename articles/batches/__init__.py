"""Turning uploaded files into articles: one at a time, or a batch run by
background workers. Parsing itself lives in articles.extraction.

Imports go one way, so there is no cycle:

    tasks → worker → services → selectors → presenters

services never imports tasks: storing a batch takes the function that
queues its work (`enqueue=tasks.batch_enqueue`, or None to queue nothing),
so the caller (a view, the command, a test) says whether workers run it.
"""
