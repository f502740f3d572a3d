"""From text to attribution records: reading, extraction, resolution.

The public surface is small on purpose:

- :func:`isnad.nlp.read.read_paths` turns files and folders into articles;
- :func:`isnad.nlp.extract.extract` turns one article into attribution records.
"""

# The rules' version; the version a store records adds the scorer model's digest
# (isnad.nlp.extract.extractor_version), so a new model re-extracts on ingest too.
EXTRACTOR_VERSION = "0.2.5"


def extractor_version() -> str:
    """The rules' version with the scorer model's digest: a store re-extracts what another model read."""
    from .scorer import current

    model = current()
    return EXTRACTOR_VERSION if model is None else f"{EXTRACTOR_VERSION}+model.{model.version}"
