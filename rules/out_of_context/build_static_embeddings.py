"""Build the static word-piece embedding table that OC101's default method
reads (static_embeddings.npz, shipped as package data).

Model2Vec's recipe, on the all-MiniLM-L6-v2 model that the semantic method
runs: every word piece of the model's vocabulary is passed through the model
alone (``[CLS] piece [SEP]``), its output mean-pooled as the model pools a
sentence, and the 384 dimensions reduced by PCA to ``--dims``.  Rows are
stored as int8 with one float scale per row.  Frequency weighting (SIF) is
not baked in: the rule weighs each word by its own wordfreq frequency at run
time, which knows whole words rather than pieces.

Not run at install or test time.  It needs the semantic extra and the model
package (see README), and takes about a minute on one core:

    .venv/bin/python -m newslint.rules.out_of_context.build_static_embeddings

The shipped table was made in two steps, so that 64, 128 and 256 dimensions
could be compared from one pass of the model (PCA components come ordered,
so keeping the first 128 of 256 is a 128-dimension PCA, up to int8 rounding):

    ... build_static_embeddings --dims 256 --output /tmp/table256.npz
    ... build_static_embeddings --keep 128 --source /tmp/table256.npz

The model's licence is Apache-2.0 (see STATIC_EMBEDDINGS_LICENSE.txt beside
the table).
"""
from __future__ import annotations

import argparse
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLE = HERE / "static_embeddings.npz"
DIMENSIONS = 128
BATCH = 1024


def build(dimensions: int = DIMENSIONS, output: Path = TABLE) -> None:
    import numpy as np

    from .embeddings import encoder

    model = encoder()
    vocabulary = [model.tokenizer.id_to_token(i) for i in range(model.tokenizer.get_vocab_size())]
    cls, sep = model.tokenizer.token_to_id("[CLS]"), model.tokenizer.token_to_id("[SEP]")
    rows = []
    for start in range(0, len(vocabulary), BATCH):
        ids = np.array([[cls, i, sep] for i in range(start, min(start + BATCH, len(vocabulary)))], dtype=np.int64)
        hidden = model._forward(ids, np.ones(ids.shape, dtype=np.float32))
        rows.append(hidden.mean(axis=1))
    vectors = np.concatenate(rows).astype(np.float64)
    # PCA: centre, keep the directions of largest variance.
    vectors -= vectors.mean(axis=0)
    _, _, components = np.linalg.svd(vectors, full_matrices=False)
    reduced = vectors @ components[:dimensions].T
    scales = np.abs(reduced).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    quantised = np.round(reduced / scales[:, None]).astype(np.int8)
    save_table(output, quantised, scales.astype(np.float32), np.array("\n".join(vocabulary)))
    print(f"{output}: {len(vocabulary)} pieces x {dimensions} dimensions, {output.stat().st_size / 1e6:.1f} MB")


def save_table(output: Path, vectors, scales, vocabulary) -> None:
    """An .npz as np.load reads it, the int8 vectors stored uncompressed:
    they barely compress (3.9 to 3.5 MB) and inflating them cost 36 ms of
    every run that loads the table; the vocabulary compresses six-fold."""
    import zipfile

    import numpy as np

    with zipfile.ZipFile(output, "w") as archive:
        for name, array, method in (
            ("vectors", vectors, zipfile.ZIP_STORED),
            ("scales", scales, zipfile.ZIP_DEFLATED),
            ("vocabulary", vocabulary, zipfile.ZIP_DEFLATED),
        ):
            member = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = method
            with archive.open(member, "w", force_zip64=True) as handle:
                np.lib.format.write_array(handle, np.asanyarray(array), allow_pickle=False)


def keep(source: Path, dimensions: int, output: Path = TABLE) -> None:
    """Keep the first ``dimensions`` components of a table built wider."""
    import numpy as np

    with np.load(source) as data:
        reduced = (data["vectors"].astype(np.float32) * data["scales"][:, None])[:, :dimensions]
        vocabulary = data["vocabulary"]
    scales = np.abs(reduced).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    quantised = np.round(reduced / scales[:, None]).astype(np.int8)
    save_table(output, quantised, scales.astype(np.float32), vocabulary)
    print(f"{output}: {len(quantised)} pieces x {dimensions} dimensions, {output.stat().st_size / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dims", type=int, default=DIMENSIONS)
    parser.add_argument("--output", type=Path, default=TABLE)
    parser.add_argument("--keep", type=int, help="keep this many dimensions of the table --source instead of building")
    parser.add_argument("--source", type=Path)
    args = parser.parse_args()
    if args.keep:
        keep(args.source, args.keep, args.output)
    else:
        build(args.dims, args.output)


if __name__ == "__main__":
    main()
