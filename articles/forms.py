from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from .domain.labels import DISPLAY_NAMES, Label

# A long feature is about 10,000 words; this leaves ample room and keeps a
# pasted page from becoming thousands of exercise items.
MAX_ARTICLE_CHARACTERS = 100_000


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
        widget=forms.Textarea(attrs={"rows": 16}),
        max_length=MAX_ARTICLE_CHARACTERS,
    )

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        if not any(character.isalpha() for character in text):
            raise forms.ValidationError(
                "The text has no words in it. Paste the article itself.",
                code="no_words",
            )
        return text


MEGABYTE = 1024 * 1024
ARTICLE_FILE_TYPES = ".txt,.md,.html,.htm,.docx,.pdf"
BATCH_FILE_TYPES = ".zip,.csv,.jsonl"


def _too_large(limit: int) -> forms.ValidationError:
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
            raise _too_large(self.file_limit)
        return upload

    def clean(self) -> dict:
        cleaned = super().clean()
        if "file" in self.oversized:
            self.errors.pop("file", None)
            self.add_error("file", _too_large(self.file_limit))
        return cleaned


class ArticleSourceForm(SizeCappedFileForm):
    """First step: a file or pasted text. The preview asks for the details."""

    file_limit = settings.UPLOAD_FILE_MAX_BYTES
    file = forms.FileField(
        required=False,
        label="Article file",
        help_text="A saved web page (.html), Word document (.docx), PDF with text, "
        "plain text (.txt) or Markdown (.md), up to "
        f"{settings.UPLOAD_FILE_MAX_BYTES // MEGABYTE} MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ARTICLE_FILE_TYPES}),
    )
    text = forms.CharField(
        label="Or paste the article text",
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=MAX_ARTICLE_CHARACTERS,
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        has_file = bool(cleaned.get("file"))
        has_text = bool(cleaned.get("text", "").strip())
        if "file" not in self.errors and has_file == has_text:
            raise forms.ValidationError(
                "Choose a file or paste the text (one of the two).",
                code="one_source",
            )
        return cleaned


class BatchImportForm(SizeCappedFileForm):
    file_limit = settings.UPLOAD_BATCH_MAX_BYTES
    file = forms.FileField(
        label="Batch file",
        help_text="A ZIP of article files, or a CSV or JSONL file with one article "
        "per row (columns: title, text, outlet, byline, published_on, source_url). "
        f"Up to {settings.UPLOAD_BATCH_MAX_BYTES // MEGABYTE} MB.",
        widget=forms.ClearableFileInput(attrs={"accept": BATCH_FILE_TYPES}),
    )
    share_with_all = forms.BooleanField(
        required=False, label="Share the new articles with every teacher"
    )


class KeyEntryForm(forms.Form):
    label = forms.ChoiceField(
        choices=[(label.value, DISPLAY_NAMES[label]) for label in Label]
    )
    rationale = forms.CharField(max_length=1000, required=False)

    def cleaned_label(self) -> Label:
        return Label(self.cleaned_data["label"])
