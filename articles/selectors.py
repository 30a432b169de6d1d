import re
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Q, QuerySet

from .domain.highlighting import TextPart, highlight
from .domain.key_review import ReviewSummary, is_clutter, summarise
from .models import AnswerKey, Article, KeyEntry

WORD_START = re.compile(r"(?<=\s)\S+")


def articles_visible_to(user: AbstractBaseUser) -> QuerySet[Article]:
    """Articles a user may open: admins see all, teachers their own uploads
    and those an admin shared with every teacher."""
    if user.is_staff:
        return Article.objects.all()
    return Article.objects.filter(Q(uploaded_by=user) | Q(is_shared=True))


def articles_editable_by(user: AbstractBaseUser) -> QuerySet[Article]:
    """Articles whose key a user may edit: admins all, teachers their own uploads."""
    if user.is_staff:
        return Article.objects.all()
    return Article.objects.filter(uploaded_by=user)


def key_entries_editable_by(
    user: AbstractBaseUser, *, article_id: int
) -> QuerySet[KeyEntry]:
    """Entries of every key version of one article the user may edit."""
    return KeyEntry.objects.select_related("answer_key__article").filter(
        answer_key__article__in=articles_editable_by(user),
        answer_key__article_id=article_id,
    )


def answer_key_latest(*, article: Article) -> AnswerKey:
    """The newest key version of an article (every article has at least one)."""
    return article.answer_keys.order_by("-version").first()


def answer_key_approved_latest(*, article: Article) -> AnswerKey | None:
    return (
        article.answer_keys.filter(approved_at__isnull=False)
        .order_by("-version")
        .first()
    )


def askable_sentences(answer_key: AnswerKey) -> list[tuple[int, str]]:
    """(segment id, text) of each sentence an exercise on this key can ask,
    in reading order: the choices of the exercise form."""
    return [
        (entry.segment_id, entry.segment.text)
        for entry in answer_key.entries.select_related("segment")
        .askable()
        .order_by("segment__position")
    ]


def key_entries(*, answer_key: AnswerKey) -> QuerySet[KeyEntry]:
    """Every entry of a key with its segment, in reading order (one query)."""
    return answer_key.entries.select_related("segment").order_by("segment__position")


@dataclass(frozen=True)
class ReviewRow:
    entry: KeyEntry
    parts: list[TextPart]  # the sentence, decisive words highlighted

    @property
    def split_points(self) -> list[tuple[int, str]]:
        """(article offset, word) for each word a sentence could be split before."""
        segment = self.entry.segment
        points = []
        for match in WORD_START.finditer(segment.text):
            if match.start() > 0:
                points.append((segment.start + match.start(), match.group(0)))
        return points


def key_entries_for_review(*, answer_key: AnswerKey) -> list[ReviewRow]:
    """Each entry with its sentence split for highlighting; the decisive
    words are shown only while the label is still the suggested one."""
    rows = []
    for entry in key_entries(answer_key=answer_key):
        spans = entry.evidence if entry.follows_suggestion else []
        rows.append(
            ReviewRow(entry, highlight(entry.segment.text, entry.segment.start, spans))
        )
    return rows


@dataclass(frozen=True)
class ReviewState:
    """What is left before approval, with the entries the page links to."""

    summary: ReviewSummary
    entries: dict[int, KeyEntry]

    def _entries(self, ids: tuple[int, ...]) -> list[KeyEntry]:
        return [self.entries[entry_id] for entry_id in ids]

    @property
    def unexplained(self) -> list[KeyEntry]:
        return self._entries(self.summary.unexplained)

    @property
    def unsure_explanations(self) -> list[KeyEntry]:
        return self._entries(self.summary.unsure_explanations)


def _review_state(entries: list[KeyEntry]) -> ReviewState:
    return ReviewState(summarise(entries), {entry.pk: entry for entry in entries})


def key_review_state(*, answer_key: AnswerKey) -> ReviewState:
    """The counts and links after one sentence was saved (one query)."""
    return _review_state(list(key_entries(answer_key=answer_key)))


@dataclass(frozen=True)
class KeyReview:
    rows: list[ReviewRow]  # the sentences students are asked
    clutter: list[ReviewRow]  # bylines, timestamps, page chrome: one group
    state: ReviewState


def key_review(
    *, answer_key: AnswerKey, unsure_first: bool = False, group_clutter: bool = True
) -> KeyReview:
    """The review page's rows, asked sentences apart from the page clutter
    (unless `group_clutter` is off), in reading order or least sure first
    (one query)."""
    rows = key_entries_for_review(answer_key=answer_key)
    state = _review_state([row.entry for row in rows])
    if unsure_first:
        # sorted() keeps reading order among equals.
        rows = sorted(rows, key=lambda row: row.entry.confidence or 0)
    if not group_clutter:
        return KeyReview(rows, [], state)
    return KeyReview(
        [row for row in rows if not is_clutter(row.entry)],
        [row for row in rows if is_clutter(row.entry)],
        state,
    )


@dataclass(frozen=True)
class ArticleKeyStatus:
    article: Article
    latest_key: AnswerKey
    labeled: int
    total: int

    @property
    def is_approved(self) -> bool:
        return self.latest_key.is_approved


def articles_with_key_status(articles: QuerySet[Article]) -> list[ArticleKeyStatus]:
    """Each article with its newest key and how much of it is labeled (2 queries)."""
    articles = list(articles)
    latest: dict[int, AnswerKey] = {}
    for answer_key in AnswerKey.objects.filter(article__in=articles).annotate(
        total=Count("entries"),
        labeled=Count("entries", filter=~Q(entries__label="")),
    ):
        current = latest.get(answer_key.article_id)
        if current is None or answer_key.version > current.version:
            latest[answer_key.article_id] = answer_key
    return [
        ArticleKeyStatus(
            article=article,
            latest_key=latest[article.pk],
            labeled=latest[article.pk].labeled,
            total=latest[article.pk].total,
        )
        for article in articles
        if article.pk in latest
    ]


def key_history(*, article: Article) -> QuerySet[AnswerKey]:
    """Approved versions, newest first, each with the sentences it changed."""
    return (
        article.answer_keys.filter(approved_at__isnull=False)
        .select_related("approved_by")
        .prefetch_related("changes__segment")
        .order_by("-version")
    )
