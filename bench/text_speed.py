"""How fast text becomes an exercise: the labeler's words per second, and an
imported file's time to a stored article with its draft key."""

import statistics
import time


def bench_labeler() -> dict[str, float]:
    """Segment + label speed on one core, on the demo articles' text."""
    from articles.domain.pipeline import analyse
    from articles.domain.segmenting import normalise_text
    from quizapp.demo.articles import DEMO_ARTICLES

    source = "\n\n".join(article.text for article in DEMO_ARTICLES)
    # About 1,000 words of article text, whole paragraphs at a time.
    paragraphs = source.split("\n\n")
    article_paragraphs: list[str] = []
    while sum(len(p.split()) for p in article_paragraphs) < 1000:
        article_paragraphs.append(paragraphs[len(article_paragraphs) % len(paragraphs)])
    article = normalise_text("\n\n".join(article_paragraphs))
    article_words = len(article.split())
    analyse(article)  # load the lexicons once, as a running server has
    timings = []
    for _ in range(20):
        started = time.perf_counter()
        analyse(article)
        timings.append(time.perf_counter() - started)
    per_article = statistics.median(timings)
    started = time.perf_counter()
    for _ in range(100):
        analyse(article)
    hundred = time.perf_counter() - started
    return {
        "label_ms_per_1000_words": round(per_article * 1000 * 1000 / article_words, 2),
        "label_words_per_s": round(article_words / per_article),
        "label_words_per_s_100_articles": round(100 * article_words / hundred),
    }


def bench_import(runs: int = 7) -> dict[str, float]:
    """Upload to stored article, the way the upload page does it: the file
    read in the limited child process, then labeled and stored. A 1,000-word
    saved web page and a 10-page PDF, both generated
    (tests/extraction/sample_files.py)."""
    import io

    from pypdf import PdfReader

    from django.contrib.auth import get_user_model

    from articles.batches import services as batch_services
    from articles.extraction import extract_isolated
    from tests.extraction import sample_files as uploads

    teacher = get_user_model().objects.create_user("bench-importer")
    html = uploads.html_page(uploads.article_paragraphs(words=1000))
    pdf = uploads.pdf_document(uploads.article_paragraphs(words=4000))
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    figures: dict[str, float] = {"import_pdf_pages": pages}
    extract_isolated(html, "warm-up.html")  # start the reader's process pool
    for kind, data in [("html", html), ("pdf", pdf)]:
        totals, reads = [], []
        for run in range(runs):
            started = time.perf_counter()
            extracted = extract_isolated(data, f"article.{kind}")
            read = time.perf_counter()
            # A new sentence each run, or the second import finds the first.
            batch_services.article_import(
                uploaded_by=teacher,
                title=f"{kind} {run}",
                text=f"{extracted.text}\n\nRun {run} of the benchmark.",
            )
            totals.append((time.perf_counter() - started) * 1000)
            reads.append((read - started) * 1000)
        figures[f"import_{kind}_ms"] = round(statistics.median(totals), 1)
        figures[f"import_{kind}_read_ms"] = round(statistics.median(reads), 1)
        if kind == "html":
            figures["import_html_words"] = len(extracted.text.split())
    return figures
