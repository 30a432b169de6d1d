from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .domain.labels import DISPLAY_NAMES, Label
from .extraction import RefusedFile
from .extraction.limits import (
    MAX_BATCH_BYTES,
    MAX_FILE_BYTES,
    MEGABYTE,
    TooLong,
    check_article_size,
)


def paste_advice() -> str:
    return _("Paste a shorter excerpt or split the article.")


def file_advice() -> str:
    return _("Upload a shorter file, paste an excerpt, or split the article.")


def too_long_message(error: TooLong, advice: str) -> str:
    """The teacher's words for a text over a cap: how long, the limit, and
    what to do."""
    # ngettext on the count: languages other than English pick the plural
    # form by the number even past 2,000.
    values = {
        "count": number_format(error.count, force_grouping=True),
        "limit": number_format(error.limit, force_grouping=True),
    }
    if error.measure == "characters":
        found = ngettext(
            "The text has %(count)s character; the limit is %(limit)s.",
            "The text has %(count)s characters; the limit is %(limit)s.",
            error.count,
        )
    elif error.measure == "paragraphs":
        found = ngettext(
            "The text has %(count)s paragraph; the limit is %(limit)s.",
            "The text has %(count)s paragraphs; the limit is %(limit)s.",
            error.count,
        )
    elif error.measure == "lines":
        found = ngettext(
            "The text has %(count)s line, and each line is at least one sentence; "
            "the limit is %(limit)s sentences.",
            "The text has %(count)s lines, and each line is at least one sentence; "
            "the limit is %(limit)s sentences.",
            error.count,
        )
    else:
        found = ngettext(
            "The text has %(count)s sentence; the limit is %(limit)s.",
            "The text has %(count)s sentences; the limit is %(limit)s.",
            error.count,
        )
    return f"{found % values} {advice}"


def refusal_message(refusal: RefusedFile, advice: str) -> str:
    if isinstance(refusal, TooLong):
        return too_long_message(refusal, advice)
    return str(refusal)


def clean_article_text(text: str) -> str:
    """The caps files have, for pasted text: checked here, before the
    preview or the save labels it."""
    try:
        check_article_size(text)
    except TooLong as error:
        raise forms.ValidationError(
            too_long_message(error, paste_advice()), code="too_long"
        ) from None
    return text


class ArticlePasteForm(forms.Form):
    title = forms.CharField(max_length=300)
    outlet = forms.CharField(max_length=200, required=False)
    byline = forms.CharField(max_length=300, required=False)
    published_on = forms.DateField(
        required=False,
        label="Published on",
        # <input type="date"> only takes ISO dates; the en-gb default
        # (25/11/2026) would be dropped by the browser.
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    source_url = forms.URLField(
        max_length=1000, required=False, label="Source URL", assume_scheme="https"
    )
    text = forms.CharField(
        label="Article text",
        help_text="Paste the article as plain text. Each line break starts a new "
        "sentence; leave a blank line between paragraphs.",
        # No max_length: a browser would cut a long paste silently, and
        # clean_text checks all the caps with a message that names them.
        widget=forms.Textarea(attrs={"rows": 16}),
    )

    def clean_text(self) -> str:
        text = clean_article_text(self.cleaned_data["text"])
        if not any(character.isalpha() for character in text):
            raise forms.ValidationError(
                "The text has no words in it. Paste the article itself.",
                code="no_words",
            )
        return text


ARTICLE_FILE_TYPES = ".txt,.md,.html,.htm,.docx,.pdf"
BATCH_FILE_TYPES = ".zip,.csv,.jsonl"


def too_large(limit: int) -> forms.ValidationError:
    return forms.ValidationError(
        f"The file is larger than the {limit // MEGABYTE} MB limit.", code="too_large"
    )


class SizeCappedFileForm(forms.Form):
    """A form whose `file` may have been dropped by SizeCapUploadHandler for
    its size; it then says so rather than "required" or nothing."""

    file_limit: int

    def __init__(self, *args, oversized: set[str] = frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        self.oversized = oversized

    def clean_file(self) -> UploadedFile | None:
        upload = self.cleaned_data.get("file")
        if upload is not None and upload.size > self.file_limit:
            raise too_large(self.file_limit)
        return upload

    def clean(self) -> dict:
        cleaned = super().clean()
        if "file" in self.oversized:
            self.errors.pop("file", None)
            self.add_error("file", too_large(self.file_limit))
        return cleaned


class ArticleSourceForm(SizeCappedFileForm):
    """First step: a file or pasted text. The preview asks for the details."""

    file_limit = MAX_FILE_BYTES
    file = forms.FileField(
        required=False,
        label="Article file",
        help_text="A saved web page (.html), Word document (.docx), PDF with text, "
        "plain text (.txt) or Markdown (.md), up to "
        f"{MAX_FILE_BYTES // MEGABYTE} MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ARTICLE_FILE_TYPES}),
    )
    text = forms.CharField(
        label="Or paste the article text",
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
    )

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        return clean_article_text(text) if text.strip() else text

    def clean(self) -> dict:
        cleaned = super().clean()
        has_file = bool(cleaned.get("file"))
        # Text refused for its length was there all the same.
        has_text = "text" in self.errors or bool(cleaned.get("text", "").strip())
        if "file" not in self.errors and has_file == has_text:
            raise forms.ValidationError(
                "Choose a file or paste the text (one of the two).",
                code="one_source",
            )
        return cleaned


class BatchImportForm(SizeCappedFileForm):
    file_limit = MAX_BATCH_BYTES
    file = forms.FileField(
        label="Batch file",
        help_text="A ZIP of article files, or a CSV or JSONL file with one article "
        "per row (columns: title, text, outlet, byline, published_on, source_url). "
        f"Up to {MAX_BATCH_BYTES // MEGABYTE} MB.",
        widget=forms.ClearableFileInput(attrs={"accept": BATCH_FILE_TYPES}),
    )
    share_with_all = forms.BooleanField(
        required=False, label="Share the new articles with every teacher"
    )


LABEL_NOT_CHOSEN = "Not saved: choose one of the labels."


class KeyEntryForm(forms.Form):
    label = forms.ChoiceField(
        choices=[(label.value, DISPLAY_NAMES[label]) for label in Label]
    )
    rationale = forms.CharField(max_length=1000, required=False)

    def cleaned_label(self) -> Label:
        return Label(self.cleaned_data["label"])

    def cleaned_rationale(self) -> str | None:
        """The explanation as sent; None when the request sent none, so the
        one stored is left to the label's rules."""
        if "rationale" not in self.data:
            return None
        return self.cleaned_data["rationale"]
