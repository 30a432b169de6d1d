import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.domain.decoding import UndecodableError, decode_text
from articles.domain.pipeline import analyse_raw

# A file larger than this is not one article.
MAX_BYTES = 5 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Split a text file into sentences and suggest a label for each. Offsets "
        "are character offsets into the file's decoded text after line endings "
        "are unified to \\n (nothing else is changed)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="A plain-text file (any common encoding).")
        parser.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args, file: str, format: str, **options) -> None:
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        if path.stat().st_size > MAX_BYTES:
            raise CommandError(f"{file} is larger than {MAX_BYTES // 1024 // 1024} MB.")
        try:
            text = decode_text(path.read_bytes())
        except UndecodableError as error:
            raise CommandError(f"{file}: {error}") from None
        _, labeled = analyse_raw(text)
        if format == "json":
            self.stdout.write(
                json.dumps(
                    {
                        "segments": [
                            {
                                "start": item.segment.start,
                                "end": item.segment.end,
                                "text": item.segment.text,
                                "label": item.suggestion.label.value,
                                "rationale": item.suggestion.rationale,
                                "cues": [list(cue) for cue in item.suggestion.cues],
                                # How often suggestions like this one are
                                # right, 0..1; below 0.65 a teacher should
                                # check it.
                                "confidence": item.suggestion.confidence,
                            }
                            for item in labeled
                        ]
                    },
                    ensure_ascii=False,
                )
            )
            return
        for item in labeled:
            flag = "?" if item.suggestion.is_unsure else " "
            self.stdout.write(
                f"{item.suggestion.label.value:22}{flag} {item.segment.text}\n"
                f"{'':24}{item.suggestion.rationale}"
            )
