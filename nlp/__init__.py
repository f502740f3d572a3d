"""From text to attribution records: reading, extraction, resolution.

The public surface is small on purpose:

- :func:`isnad.nlp.read.read_paths` turns files and folders into articles;
- :func:`isnad.nlp.extract.extract` turns one article into attribution records.
"""

EXTRACTOR_VERSION = "0.1.0"
