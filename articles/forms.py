from django import forms

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
        widget=forms.DateInput(attrs={"type": "date"}),
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


class KeyEntryForm(forms.Form):
    label = forms.ChoiceField(
        choices=[(label.value, DISPLAY_NAMES[label]) for label in Label]
    )
    rationale = forms.CharField(max_length=1000, required=False)

    def cleaned_label(self) -> Label:
        return Label(self.cleaned_data["label"])
