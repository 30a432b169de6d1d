from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.domain.labels import Label
from articles.evaluation.calibration import confidence_bands
from articles.evaluation.corpus import as_documents, load_corpus
from articles.evaluation.devset import load_documents
from articles.evaluation.scoring import confusion, label_documents, macro_f1, scores

DEFAULT_FOLDER = Path(settings.BASE_DIR) / "tests" / "data" / "devset"
CORPUS_FOLDER = Path(settings.BASE_DIR) / "tests" / "data" / "corpus"


class Command(BaseCommand):
    help = (
        "Score the labeler on the hand-labeled development set (whole articles), "
        "or with --corpus on the original sentence corpus (one sentence at a time); "
        "ends with the error rate of each confidence band (calibrated on the "
        "corpus's train split by scripts/calibrate_confidence.py)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--split", choices=["test", "tune", "train", "all"], default="test"
        )
        parser.add_argument("--folder", type=Path, default=None)
        parser.add_argument(
            "--corpus",
            action="store_true",
            help="Read the sentence corpus (tests/data/corpus) instead of articles.",
        )
        parser.add_argument("--misses", action="store_true", help="List every miss.")

    def handle(
        self, *args, split: str, folder: Path | None, corpus: bool, misses: bool, **_
    ) -> None:
        if corpus:
            documents = as_documents(load_corpus(folder or CORPUS_FOLDER), split)
        else:
            documents = load_documents(folder or DEFAULT_FOLDER, split)
        if not documents:
            raise CommandError(f"No documents of split {split!r} in {folder}.")
        outcomes = label_documents(documents)
        label_scores = scores(outcomes)
        write = self.stdout.write
        write(f"{len(documents)} documents, {len(outcomes)} sentences, split {split}\n")
        write(f"{'label':22} {'precision':>9} {'recall':>7} {'F1':>6} {'n':>5}")
        for label in Label:
            score = label_scores[label]
            write(
                f"{label.value:22} {score.precision:9.2f} {score.recall:7.2f} "
                f"{score.f1:6.2f} {score.support:5d}"
            )
        write(f"macro-F1 (three claim labels): {macro_f1(label_scores):.3f}\n")
        matrix = confusion(outcomes)
        short = {label: label.value[:10] for label in Label}
        write("confusion (rows: key, columns: suggested)")
        write(f"{'':12}" + "".join(f"{short[label]:>12}" for label in Label))
        for gold in Label:
            write(
                f"{short[gold]:12}"
                + "".join(f"{matrix[(gold, predicted)]:12d}" for predicted in Label)
            )
        # Confidence is calibrated on the corpus's train split; on any other
        # split the unsure band should be wrong several times more often.
        write("\nconfidence bands")
        write(f"{'band':16} {'n':>5} {'wrong':>6} {'error rate':>10}")
        for band in confidence_bands(outcomes):
            write(
                f"{band.name:16} {band.count:5d} {band.wrong:6d} "
                f"{band.error_rate:10.3f}"
            )
        if misses:
            write("\nMisses:")
            for outcome in outcomes:
                if outcome.gold != outcome.predicted:
                    write(
                        f"[{outcome.document}] key {outcome.gold.value}, suggested "
                        f"{outcome.predicted.value}: {outcome.text}\n"
                        f"    {outcome.rationale}"
                    )
