"""What users touch: the ``isnad`` command line (and later the web server)."""
